package nl.sroi.workbook;

import nl.sroi.core.text.Language;

/** Every text the workbook writes for people, in Dutch and in English. Sheet names are at most 31 characters. */
enum Texts {
    // sheets
    SHEET_SUMMARY("Samenvatting", "Summary"),
    SHEET_SETTINGS("Uitgangspunten", "Settings"),
    SHEET_VALUE_MAP("Waardekaart", "Value map"),
    SHEET_VALUE_TO("Waarde naar", "Value to"),
    SHEET_INPUTS("Investeringen", "Inputs"),
    SHEET_PERSISTENCE("Doorwerking", "Persistence"),
    SHEET_CALCULATION("Berekening", "Calculation"),
    SHEET_RESULT("Resultaat", "Result"),
    SHEET_PARTIES("Per partij", "By party"),
    SHEET_ROUNDING("Afronding", "Rounding"),

    // words
    YES("ja", "yes"),
    NO("nee", "no"),
    NONE("geen", "none"),
    LINEAR("lineair", "linear"),
    GEOMETRIC("geometrisch", "geometric"),
    FORECAST("voorspellend", "forecast"),
    EVALUATION("evaluatief", "evaluation"),
    PERIOD_FORMAT("\"periode \"0", "\"period \"0"),
    YEAR_NUMBER_FORMAT("\"jaar \"0", "\"year \"0"),
    MONTHS_FORMAT("0.0\" maanden\"", "0.0\" months\""),
    BASE_MODEL("basismodel", "base model"),

    // settings
    SETTINGS_TITLE("Uitgangspunten van de berekening", "Settings of the calculation"),
    ANALYSIS("Analyse", "Analysis"),
    MODEL_ID("Model (id)", "Model (id)"),
    SCENARIO("Scenario", "Scenario"),
    KIND("Soort analyse", "Kind of analysis"),
    CURRENCY("Valuta", "Currency"),
    RATE("Disconteringsvoet", "Discount rate"),
    FIRST_PERIOD_DISCOUNTED("Eerste periode verdisconteerd", "First period discounted"),
    INPUTS_DISCOUNTED("Investeringen verdisconteerd", "Inputs discounted"),
    HORIZON("Horizon (jaren; geen = onbeperkt)", "Horizon (years; none = unlimited)"),
    PRICE_YEAR("Prijspeil", "Price year"),
    FIRST_YEAR("Eerste jaar", "First year"),
    DESCRIPTION("Omschrijving", "Description"),
    SETTINGS_NOTE("Blauwe cellen op elk blad zijn ingevoerde aannames: verander ze en alles rekent opnieuw.",
            "Blue cells on every sheet are entered assumptions: change them and everything recalculates."),

    // value map
    OUTCOME("Uitkomst", "Outcome"),
    STAKEHOLDER("Partij", "Stakeholder"),
    STAKEHOLDER_NAME("Naam partij", "Stakeholder name"),
    INDICATOR("Indicator", "Indicator"),
    PROXY("Financiële proxy", "Financial proxy"),
    UNIT("Eenheid", "Unit"),
    SOURCE("Bron", "Source"),
    PROXY_PRICE_YEAR("Prijspeil proxy", "Proxy price year"),
    INDEX_FACTOR("Indexfactor naar prijspeil model", "Index factor to the model's price year"),
    DEADWEIGHT("Deadweight", "Deadweight"),
    DISPLACEMENT("Verplaatsing", "Displacement"),
    ATTRIBUTION("Toerekening", "Attribution"),
    DROP_OFF("Afname per jaar", "Drop-off"),
    DROP_OFF_MODE("Soort afname", "Drop-off mode"),
    DROP_OFF_FROM_FIRST_YEAR("Afname al in het eerste jaar", "Drop-off from the first year"),
    DURATION("Duur (jaren)", "Duration (years)"),
    START_OFFSET("Start (jaren later)", "Start offset (years)"),
    OWN_RATE("Eigen discontovoet", "Own discount rate"),
    OTHER_FILTER("Overige correctie", "Other filter"),
    OTHER_FILTER_SHARE("Aandeel", "Share"),
    FULL_YEAR("Begonnen laatste jaar telt heel", "A started last year counts in full"),
    SCHEDULE("Dalende discontovoet: vanaf jaar van disconteren", "Declining rate: from year of discounting"),
    SCHEDULE_RATE("Discontovoet", "Rate"),
    OUTCOME_FACTOR("Discontofactor", "Discount factor"),
    TRANSFER("Overdracht (niet in de welvaartsbalans)", "Transfer (not in the welfare view)"),
    IMPACT("Impact per eenheid", "Impact per unit"),
    QUANTITY("Aantal", "Quantity"),

    // inputs
    INPUT("Investering", "Input"),
    IN_KIND("In natura", "In kind"),

    // persistence
    PERSISTENCE_NOTE("Deel van de impact per eenheid dat een instroom in zijn j-de jaar telt (na startvertraging, "
            + "binnen de duur, na afname), en de aantallen met de laatste periode eerst: zo is de waarde per periode "
            + "één SUMPRODUCT.", "Share of the impact per unit a cohort counts in its year j (after the start offset, "
            + "within the duration, after drop-off), and the quantities last period first: so each period's value is "
            + "one SUMPRODUCT."),
    KEEP("Deel dat telt, per jaar van de instroom", "Share that counts, by year of the cohort"),
    REVERSED("Aantal per periode, laatste periode eerst", "Quantity per period, last period first"),

    // calculation
    PERIOD("Periode", "Period"),
    YEAR("Jaar", "Year"),
    FACTOR("Disconteringsfactor", "Discount factor"),
    CALCULATION_NOTE("Onafgeronde tussenuitkomsten; de afgeronde bedragen staan op Resultaat en Per partij.",
            "Unrounded working values; the rounded amounts are on Result and By party."),
    VALUE_OF("Waarde", "Value"),
    VALUE_TOTAL("Waarde (totaal)", "Value (total)"),
    PRESENT_VALUE_ROW("Contante waarde", "Present value"),
    INPUTS_ROW("Investeringen", "Inputs"),
    INPUTS_COUNTED("Investeringen zoals geteld", "Inputs as counted"),
    CUMULATIVE_INPUTS("Cumulatief investeringen zoals geteld", "Cumulative inputs as counted"),
    CUMULATIVE_PV("Cumulatief contante waarde", "Cumulative present value"),
    PAYBACK_IN_PERIOD("Terugverdiend in deze periode (maanden)", "Paid back in this period (months)"),
    PAYS("Betaalt", "Pays"),
    PAYS_CASH("Betaalt in geld", "Pays in cash"),
    PAYS_IN_KIND("Betaalt in natura", "Pays in kind"),
    PAYS_COUNTED("Betaalt (zoals geteld)", "Pays (as counted)"),
    RECEIVES("Ontvangt", "Receives"),
    RECEIVES_PV("Ontvangt (contante waarde)", "Receives (present value)"),
    CASH_COUNTED("In geld (zoals geteld)", "In cash (as counted)"),
    IN_KIND_COUNTED("In natura (zoals geteld)", "In kind (as counted)"),

    // result
    RESULT_TITLE("Resultaat, afgerond zoals de API het geeft", "Result, rounded as the API gives it"),
    ROUNDING_NOTE("Bedragen op de cent; delen zijn zo afgerond dat ze optellen tot hun afgeronde totaal (grootste rest).",
            "Amounts to the cent; parts are rounded so that they add up to their rounded total (largest remainder)."),
    PRESENT_VALUE("Maatschappelijke waarde (contante waarde)", "Present value"),
    INPUTS_VALUE("Investeringen (totaal)", "Inputs value"),
    NET_PRESENT_VALUE("Netto contante waarde", "Net present value"),
    RATIO("Ratio (waarde per geïnvesteerde euro)", "Ratio (value per unit invested)"),
    RATIO_SHORT("Ratio", "Ratio"),
    PAYBACK("Terugverdientijd", "Payback"),
    EXACT("Onafgerond", "Unrounded"),
    INVESTED("Betaalt (investeringen)", "Invested"),
    RECEIVED("Ontvangt (contante waarde)", "Received (present value)"),
    NET("Netto", "Net"),
    SHARE("Aandeel", "Share"),
    TOTAL("Totaal", "Total"),
    BY_STAKEHOLDER("Per partij", "By stakeholder"),
    BY_PERIOD("Per periode", "By period"),
    BY_OUTCOME("Per uitkomst", "By outcome"),
    ROUNDING_DIFFERENCE("Afrondingsverschil", "Rounding difference"),

    // by party
    PARTIES_TITLE("Wie betaalt, wie ontvangt: de businesscase van elke partij",
            "Who pays, who receives: every party's business case"),
    BALANCE("Saldo (contante waarde)", "Balance (present value)"),
    NO_PART("Betalen en ontvangen niets (alleen op Resultaat): ", "Pay and receive nothing (on Result only): "),
    CUMULATIVE_BALANCE("Cumulatief saldo", "Cumulative balance"),

    // rounding
    ROUNDING_TITLE("Afronding naar centen zoals de API: naar beneden afronden, de ontbrekende centen naar de grootste resten",
            "Rounding to cents as the API does: round down, the missing cents to the largest remainders"),
    PART("Deel", "Part"),
    FLOOR("Naar beneden (centen)", "Rounded down (cents)"),
    REMAINDER("Rest", "Remainder"),
    ROUNDED("Afgerond", "Rounded"),
    MISSING("Ontbrekende centen", "Missing cents"),
    THRESHOLD("Drempel", "Threshold"),
    ABOVE("Erboven", "Above"),

    // summary
    SUMMARY_FOR("Businesscase voor", "Business case for"),
    SUMMARY_SOCIETY("Samenvatting: wie betaalt, wie ontvangt", "Summary: who pays, who receives"),
    SUMMARY_COMPARISON("Scenario's naast elkaar", "Scenarios side by side"),
    KEY_FIGURES("Kerncijfers", "Key figures"),
    SOCIETY("Maatschappij (alle partijen)", "Society (all parties)"),
    PER_YEAR("Per jaar", "Per year"),
    ALL_PARTIES("Alle partijen", "All parties"),
    ASSUMPTIONS("Belangrijkste aannames en bronnen", "Key assumptions and sources"),
    VALUE_FOR_PARTY("Waarde voor deze partij", "Value for this party"),
    QUANTITY_TOTAL("Aantal (totaal)", "Quantity (total)"),
    AMOUNTS_IN("Bedragen in", "Amounts in"),
    PRICE_LEVEL("prijspeil", "price level"),
    OTHER_OUTCOMES("overige uitkomsten: zie Waardekaart", "other outcomes: see Value map"),
    ROUNDING_EXPLAINED("Afgerond op centen zoals de API; een afrondingsverschil staat er apart bij.",
            "Rounded to cents as the API rounds; a rounding difference is shown on its own line."),
    DISCOUNTED_NOTE("contante waarde tegen", "present value at"),
    MODEL_COLUMN("Model", "Model"),
    SHEET_BRIDGE("Verschil", "Difference"),
    BRIDGE_TITLE("Verschil met het basismodel", "Difference from the base model"),
    BRIDGE_TITLE_FORECAST("Verschil met de prognose", "Difference from the forecast"),
    BRIDGE_BASE("Basismodel", "Base model"),
    BRIDGE_NOTE("De verandering van elk cijfer verdeeld over zeven factoren met de Shapley-waarde (waarden, geen "
            + "formules); afgerond met de grootste-restmethode, zodat de factoren optellen tot de afgeronde verandering.",
            "The change of every figure split over seven factors by the Shapley value (values, not formulas); "
            + "rounded by largest remainder, so the factors add up to the rounded change."),
    BRIDGE_FACTOR("Factor", "Factor"),
    BRIDGE_PRESENT_VALUE("Contante waarde", "Present value"),
    BRIDGE_INPUTS_VALUE("Investeringen", "Inputs value"),
    BRIDGE_NET_PRESENT_VALUE("Netto contante waarde", "Net present value"),
    BRIDGE_WELFARE("Contante waarde zonder overdrachten", "Present value without transfers"),
    BRIDGE_RATIO("SROI-ratio", "SROI ratio"),
    BRIDGE_CHECK("Controle: van + factoren − naar (0)", "Check: from + factors − to (0)"),
    BRIDGE_OUTCOMES("Effect van elke factor op de contante waarde per uitkomst",
            "Each factor's effect on the present value per outcome"),
    BRIDGE_OUTCOME("Uitkomst", "Outcome"),
    BRIDGE_HYBRIDS("Tussenmodellen: het eerste model met de wijzigingen van de aangekruiste factoren",
            "Hybrid models: the first model with the changes of the ticked factors"),
    BRIDGE_HYBRIDS_NOTE("Een stap: het verschil tussen twee tussenmodellen die alleen in één factor verschillen. Het "
            + "effect van een factor is het gewogen gemiddelde van zijn 64 stappen (gewicht |S|!(6−|S|)!/7!).",
            "One step: the difference between two hybrids that differ in one factor only. A factor's effect is the "
            + "weighted mean of its 64 steps (weight |S|!(6−|S|)!/7!)."),
    BRIDGE_HYBRID("Nr.", "No."),
    BRIDGE_CHANGES("Wijzigingen", "Changes"),
    BRIDGE_WHAT("Wat", "What"),
    BRIDGE_POINTER("Veld (JSON Pointer)", "Field (JSON Pointer)"),
    BRIDGE_WAS("Was", "Was"),
    BRIDGE_BECOMES("Wordt", "Becomes");

    private final String nl;
    private final String en;

    Texts(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    String in(Language language) {
        return language == Language.NL ? nl : en;
    }
}
