/**
 * The SROI engine as a library: the model, its rules, the exact calculation, the analyses and the codecs of the
 * project's documents. No HTTP, no files, no network. The packages form layers that only point down (see the
 * README's Layout table); {@code nl.sroi.core.internal} is not exported.
 */
module nl.sroi.core {
    requires transitive java.money;
    requires transitive com.fasterxml.jackson.databind;
    requires commons.math3;
    requires java.logging;

    exports nl.sroi.core.text;
    exports nl.sroi.core.validation;
    exports nl.sroi.core.jackson;
    exports nl.sroi.core.price;
    exports nl.sroi.core.model;
    exports nl.sroi.core.proxy;
    exports nl.sroi.core.rules;
    exports nl.sroi.core.calc;
    exports nl.sroi.core.analysis;
    exports nl.sroi.core.tree;
    exports nl.sroi.core.json;
    exports nl.sroi.core.csv;
}
