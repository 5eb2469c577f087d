package nl.sroi.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import nl.sroi.core.model.AllocationBasis;
import nl.sroi.core.model.MunicipalityShare;
import nl.sroi.core.model.PortfolioSection;
import nl.sroi.core.text.Message;

/** The model's optional {@code portfolio} section, read from tokens, for {@link ModelJson} (written by the model's tree). */
final class PortfolioSectionJson {

    private static final List<String> FIELDS = List.of("programme", "themeLine", "project", "municipalities",
            "allocationBasis");
    private static final List<String> MUNICIPALITY_FIELDS = List.of("id", "share");
    private static final Message PORTFOLIO = Message.of("object.portfolio");
    private static final Message MUNICIPALITY = Message.of("object.municipality");

    private PortfolioSectionJson() {
    }

    /** The section at the reader's current value, or {@code null} when it is no object (reported). */
    static PortfolioSection read(TokenReader r) throws IOException {
        if (!r.object()) {
            return null;
        }
        String programme = null;
        String themeLine = null;
        String project = null;
        List<MunicipalityShare> municipalities = null;
        AllocationBasis basis = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "programme" -> programme = r.text();
                case "themeLine" -> themeLine = r.text();
                case "project" -> project = r.text();
                case "municipalities" -> municipalities = r.list(PortfolioSectionJson::municipality);
                case "allocationBasis" -> basis = r.enumeration(AllocationBasis.class);
                default -> r.unknownField(PORTFOLIO, FIELDS);
            }
        }
        return new PortfolioSection(programme, themeLine, project, municipalities, basis);
    }

    private static MunicipalityShare municipality(TokenReader r) throws IOException {
        if (!r.object(MUNICIPALITY, TokenReader.OBJECT)) {
            return null;
        }
        String id = null;
        BigDecimal share = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "id" -> id = r.text();
                case "share" -> share = r.decimal();
                default -> r.unknownField(MUNICIPALITY, MUNICIPALITY_FIELDS);
            }
        }
        return new MunicipalityShare(id, share);
    }
}
