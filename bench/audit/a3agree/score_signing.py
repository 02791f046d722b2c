"""Score only agreement_signing events (the audit's gold lists only those) and the
participants of those events. usage: a3agree_sign.py PRED.jsonl GOLD_DIR"""
import json, sys, importlib.util
from pathlib import Path
spec = importlib.util.spec_from_file_location("sc", "/work/shared/eval/score.py"); sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
recs = {Path(json.loads(l)["source"]).stem: json.loads(l) for l in open(sys.argv[1])}
tp = npred = ngold = 0
for path in sorted(Path(sys.argv[2]).glob("*.json")):
    g = json.loads(path.read_text()); p = recs.get(path.stem, {})
    pe = [e for e in p.get("events") or [] if e.get("type") == "agreement_signing"]
    ge = g.get("events") or []
    def m(p_, g_):
        gps = g_.get("participants") or []
        return sum(any(sc.same_person(x, y) for x in p_.get("participants") or []) for y in gps) * 2 >= len(gps)
    pairs = sc.greedy(pe, ge, m)
    tp += len(pairs); npred += len(pe); ngold += len(ge)
    if len(pairs) < max(len(pe), len(ge)) and "-v" in sys.argv:
        print(path.stem, "pred", [[q.get("name_en") for q in e.get("participants") or []] for e in pe], "gold", [[q.get("name_en") for q in e.get("participants") or []] for e in ge])
P = tp / npred if npred else 0; R = tp / ngold if ngold else 0
print(f"signing events P {P:.3f} R {R:.3f} F1 {2*P*R/(P+R) if P+R else 0:.3f} ({tp} of {npred} predicted, {ngold} gold)")
