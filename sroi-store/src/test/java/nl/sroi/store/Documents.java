package nl.sroi.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Documents for the store's tests. */
public final class Documents {

    private Documents() {
    }

    /** A small valid model with this id and title. */
    public static byte[] model(String id, String title) {
        return model(id, title, 10000);
    }

    /** A small valid model whose input is {@code amount}: another amount, another hash and result. */
    public static byte[] model(String id, String title, long amount) {
        return ("{ \"format\": \"sroi-model/1\", \"id\": \"" + id + "\", \"title\": \"" + title + "\", "
                + "\"kind\": \"forecast\", \"currency\": \"EUR\", \"discounting\": { \"rate\": 0.035 },\n"
                + "  \"stakeholders\": [ { \"id\": \"deelnemers\", \"name\": \"Deelnemers\" }, "
                + "{ \"id\": \"financier\", \"name\": \"Financier\" } ],\n"
                + "  \"inputs\": [ { \"id\": \"subsidie\", \"stakeholder\": \"financier\", \"description\": \"Subsidie\", "
                + "\"amounts\": [" + amount + "] } ],\n"
                + "  \"outcomes\": [ { \"id\": \"o1\", \"stakeholder\": \"deelnemers\", \"description\": \"d\", "
                + "\"indicator\": \"i\", \"quantity\": 10, \"proxy\": { \"value\": 1000, \"unit\": \"per persoon per jaar\", "
                + "\"source\": \"constructed\" }, \"duration\": 3, \"deadweight\": 0.2, \"displacement\": 0.1, "
                + "\"attribution\": 0.25, \"dropOff\": 0.1 } ] }\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The same model as {@link #model(String, String)} with a discount rate the format refuses: an invalid draft. */
    public static byte[] invalid(String id, String title) {
        return new String(model(id, title), StandardCharsets.UTF_8).replace("\"rate\": 0.035", "\"rate\": 2")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A model with a {@code portfolio} section (its validity is not asserted: the section may not be read yet). */
    public static byte[] withPortfolio(String id, String themeLine, String... municipalities) {
        StringBuilder m = new StringBuilder();
        for (String municipality : municipalities) {
            m.append(m.length() == 0 ? "" : ", ").append("{ \"id\": \"").append(municipality)
                    .append("\", \"share\": ").append(1.0 / municipalities.length).append(" }");
        }
        String text = new String(model(id, "Portefeuille " + id), StandardCharsets.UTF_8);
        return text.replaceFirst("\"kind\"", "\"portfolio\": { \"programme\": \"twentse-koers\", \"themeLine\": \""
                + themeLine + "\", \"municipalities\": [" + m + "], \"allocationBasis\": \"participants\" }, \"kind\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A bundled analysis of models/. */
    public static byte[] bundled(String name) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("sroi.models", "../models")).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
