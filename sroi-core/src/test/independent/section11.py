#!/usr/bin/env python3
"""Independent calculation of the project's section-11 reference cases.

Written apart from the Java library, straight from the formulas of sections 2, 11.1, 11.2 and 11.3 of the format
(shared/design/model-format.md), in exact decimals (50 digits); the CBS CPI is chained here from the yearly changes
of shared/research/cbs-cpi.md, typed in again (not read from the library's resource).

    python3 sroi-core/src/test/independent/section11.py      # rewrites the *.expected.json of the cases below
"""
import json
import math
import pathlib
from decimal import Decimal as D, getcontext

getcontext().prec = 50
HERE = pathlib.Path(__file__).resolve().parent
REFERENCE = HERE.parent / "resources" / "reference"
CASES = ["partial-years", "net-and-transfer", "price-index", "own-price-index"]

CPI_CHANGES = {2005: "1.7", 2006: "1.1", 2007: "1.6", 2008: "2.5", 2009: "1.2", 2010: "1.3", 2011: "2.3",
               2012: "2.5", 2013: "2.5", 2014: "1.0", 2015: "0.6", 2016: "0.3", 2017: "1.4", 2018: "1.7",
               2019: "2.6", 2020: "1.3", 2021: "2.7", 2022: "10.0", 2023: "3.8", 2024: "3.3", 2025: "3.3"}


def cbs_cpi():
    levels = {2004: D(100)}
    for year in sorted(CPI_CHANGES):
        levels[year] = levels[year - 1] * (1 + D(CPI_CHANGES[year]) / 100)
    return levels


def per_period(v):
    return [D(str(x)) for x in (v if isinstance(v, list) else [v])]


def calculate(m):
    rate = D(str(m["discounting"]["rate"]))
    undiscounted_first = m["discounting"].get("firstPeriod", "discounted") == "undiscounted"
    inputs_discounted = m["discounting"].get("inputs", False)
    horizon = m.get("horizonYears")
    index = m.get("priceIndex")
    levels = cbs_cpi() if index == "cbs-cpi" else (
        {int(y): D(str(v)) for y, v in index["values"].items()} if index else None)

    outcomes = {}
    for o in m["outcomes"]:
        proxy = D(str(o["proxy"]["value"]))
        year = o["proxy"].get("priceYear")
        factor = D(1)
        if levels is not None and year is not None and year != m["priceYear"]:
            factor = levels[m["priceYear"]] / levels[year]
        used = proxy * factor
        dw, dp, at = (D(str(o.get(k, 0))) for k in ("deadweight", "displacement", "attribution"))
        impact = used * (1 - dw) * (1 - dp) * (1 - at)
        drop = D(str(o["dropOff"]))
        first = o.get("dropOffFrom", "secondYear") == "firstYear"
        linear = o.get("dropOffMode", "geometric") == "linear"
        duration = D(str(o["duration"]))
        whole = int(duration)  # floor, durations are > 0
        values = {}
        for c, q in enumerate(per_period(o["quantity"]), start=1):
            for k in range(1, math.ceil(duration) + 1):
                t = c + o.get("startOffset", 0) + k - 1
                if horizon is not None and t > horizon:
                    continue
                e = k if first else k - 1
                keep = max(D(0), 1 - drop * e) if linear else (1 - drop) ** e
                part = D(1) if k <= whole else duration - whole
                values[t] = values.get(t, D(0)) + q * impact * keep * part
        outcomes[o["id"]] = dict(o=o, factor=factor, used=used, impact=impact, values=values)

    inputs = {}
    for i in m["inputs"]:
        for t, a in enumerate(per_period(i["amounts"]), start=1):
            inputs.setdefault(i["stakeholder"], {})
            inputs[i["stakeholder"]][t] = inputs[i["stakeholder"]].get(t, D(0)) + a
    periods = max([t for v in outcomes.values() for t in v["values"]] +
                  [t for v in inputs.values() for t in v])

    def factor(t):
        return 1 / (1 + rate) ** (t - 1 if undiscounted_first else t)

    def counted(amount, t):
        return amount * factor(t) if inputs_discounted else amount

    total = {t: sum((v["values"].get(t, D(0)) for v in outcomes.values()), D(0)) for t in range(1, periods + 1)}
    pv = sum(total[t] * factor(t) for t in total)
    iv = sum(counted(a, t) for s in inputs.values() for t, a in s.items())
    for v in outcomes.values():
        v["pv"] = sum(x * factor(t) for t, x in v["values"].items())

    # payback: inputs count from a period's start, value accrues evenly over it
    payback = None
    invested = recovered = D(0)
    for t in range(1, periods + 1):
        invested += sum((counted(s.get(t, D(0)), t) for s in inputs.values()), D(0))
        if invested > 0 and recovered >= invested:
            payback = 12 * (t - 1)
            break
        value = total[t] * factor(t)
        if invested > 0 and value > 0 and recovered + value >= invested:
            payback = 12 * (t - 1) + 12 * (invested - recovered) / value
            break
        recovered += value

    stakeholders = {}
    for s in m["stakeholders"]:
        received = D(0)
        for v in outcomes.values():
            shares = v["o"].get("valueTo") or [{"stakeholder": v["o"]["stakeholder"], "share": 1}]
            received += sum((v["pv"] * D(str(x["share"])) for x in shares if x["stakeholder"] == s["id"]), D(0))
        invested_s = sum((counted(a, t) for t, a in inputs.get(s["id"], {}).items()), D(0))
        stakeholders[s["id"]] = {"invested": float(invested_s), "received": float(received)}

    expected = {
        "presentValue": float(pv), "inputsValue": float(iv), "netPresentValue": float(pv - iv),
        "ratio": float(pv / iv) if iv else None, "netRatio": float((pv - iv) / iv) if iv else None,
        "paybackMonths": float(payback) if payback is not None else None,
        "values": {str(t): float(x) for t, x in total.items() if x != 0},
        "outcomes": {i: {"proxyValue": float(v["used"]), "indexFactor": float(v["factor"]),
                         "impactPerUnit": float(v["impact"]), "presentValue": float(v["pv"]),
                         "values": {str(t): float(x) for t, x in sorted(v["values"].items()) if x != 0}}
                     for i, v in outcomes.items()},
        "stakeholders": stakeholders,
    }
    if any(v["o"].get("transfer") for v in outcomes.values()):
        wpv = sum(v["pv"] for v in outcomes.values() if not v["o"].get("transfer"))
        expected["welfare"] = {"presentValue": float(wpv), "netPresentValue": float(wpv - iv),
                               "ratio": float(wpv / iv) if iv else None}
    return expected


if __name__ == "__main__":
    for case in CASES:
        model = json.loads((REFERENCE / (case + ".model.json")).read_text())
        out = calculate(model)
        out["computedBy"] = "sroi-core/src/test/independent/section11.py (exact decimals, independent of the library)"
        (REFERENCE / (case + ".expected.json")).write_text(json.dumps(out, indent=1) + "\n")
        print(case, out["presentValue"], out["ratio"], out.get("welfare"))
