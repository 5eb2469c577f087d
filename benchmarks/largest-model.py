#!/usr/bin/env python3
"""Writes the largest model the limits allow (100 stakeholders, 500 outcomes, 100 periods of quantities and of
inputs, every estimate ranged) to standard output: the heavy request of benchmarks/soak.sh.
   python3 benchmarks/largest-model.py [OUTCOMES] [PERIODS] > largest.json"""
import json, sys

outcomes = int(sys.argv[1]) if len(sys.argv) > 1 else 500
periods = int(sys.argv[2]) if len(sys.argv) > 2 else 100
stakeholders = [{"id": f"s{j}", "name": f"Stakeholder {j}"} for j in range(100)]
inputs = [{"id": f"i{j}", "stakeholder": f"s{j % 100}", "description": "Input", "amounts": [1000] * periods}
          for j in range(5)]
ranges = {"quantity": {"low": 0.8, "high": 1.2}, "proxy": {"low": 80, "high": 120, "distribution": "pert"},
          "duration": {"low": 2, "high": 5}, "deadweight": {"low": 0.1, "high": 0.3},
          "attribution": {"low": 0.1, "high": 0.3, "distribution": "uniform"}, "dropOff": {"low": 0.05, "high": 0.2}}
model = {"format": "sroi-model/1", "id": "largest", "title": "The largest model the limits allow", "kind": "forecast",
         "currency": "EUR", "discounting": {"rate": 0.035}, "stakeholders": stakeholders, "inputs": inputs,
         "outcomes": [{"id": f"o{i}", "stakeholder": f"s{i % 100}", "description": "Outcome", "indicator": "Indicator",
                       "quantity": [10] * periods, "proxy": {"value": 100, "unit": "per person", "source": "constructed"},
                       "duration": 3, "deadweight": 0.2, "displacement": 0, "attribution": 0.2, "dropOff": 0.1,
                       "ranges": ranges} for i in range(outcomes)],
         "ranges": {"rate": {"low": 0.02, "high": 0.05}}}
json.dump(model, sys.stdout, separators=(",", ":"))
