"""CAMEO's rules that turn one code into another: an intent, a refusal, a demand, and the
codes that depend on who acts."""

from __future__ import annotations

from dyad.extractors.cameo.actors import Actor

# cooperation -> the intent to cooperate (03); conflict -> the threat (13); a refused
# cooperative act -> the rejection (12); a demanded act -> the demand (10)
_INTENT_COOP = {
    "04": "036", "045": "039", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355",
    "087": "0356", "0871": "0356", "0874": "0356",
}
_INTENT_CONFLICT = {
    "14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134",
    "166": "136", "17": "130", "172": "132", "1722": "1322", "1723": "1323", "1724": "1324", "174": "136",
    "175": "137", "18": "1383", "19": "138", "190": "1384", "191": "1381", "192": "1382", "20": "1385",
}
_NEGATED = {
    "03": "120", "04": "125", "05": "120", "06": "121", "061": "1211", "062": "1212", "063": "1213",
    "064": "1214", "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "084": "1243", "0841": "1243", "0842": "1243", "085": "1244",
    "086": "1245", "087": "1246", "0871": "1246", "0874": "1246",
}


def _lookup(table: dict[str, str], code: str) -> str | None:
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k]
    return None


def is_conflict_act(code: str) -> bool:
    """Material conflict and sanctions (CAMEO 14-20): acts that, announced for later or
    made conditional, are threats."""
    return code[:2] in ("14", "15", "16", "17", "18", "19", "20")


def is_measure(code: str) -> bool:
    """Sanctions and diplomatic measures (CAMEO 16; 172 administrative sanctions; 174 expelling
    people): a government that says it will take one has decided it ("said it would recall its
    ambassador" is the recall, not a threat), unless it sets a condition."""
    return code[:2] == "16" or code[:3] in ("172", "174")


def intent_code(code: str) -> str:
    """CAMEO code for an expressed intent to do `code`: cooperation -> 03, conflict -> 13."""
    return _lookup(_INTENT_COOP, code) or _lookup(_INTENT_CONFLICT, code) or code


def negated_code(code: str) -> str | None:
    """Refusing a cooperative act is a rejection (12); a negated conflict act is no event."""
    return _lookup(_NEGATED, code)


_DEMAND_OF = {"0874": "1056", "087": "1056", "19": "1056", "0841": "1053", "084": "1053", "0842": "1053",
              "085": "1054", "081": "1051", "086": "1055", "04": "106", "046": "106", "07": "103", "06": "101"}


def demand_code(act: str) -> str:
    """CAMEO code of demanding ``act`` (a withdrawal 0874 -> 1056, a release 0841 -> 1053)."""
    return _lookup(_DEMAND_OF, act) or "100"


def role_switch(code: str, src: Actor, tgt: Actor | None) -> tuple[str, str]:
    """CAMEO codes that depend on who acts: (code, rule)."""
    if code == "140" and src.known and src.role in (None, "GOV"):
        return "114", "state-protest"  # a government protesting complains officially
    if code == "141" and src.known and src.role == "GOV":
        # a demonstration is what crowds do (CAMEO 141); a ministry or a head of state that
        # "voices a protest" lodges an official complaint. A country named alone may be its
        # people rallying, so only the government's own protest turns.
        return "114", "state-protest"
    if code == "111" and src.role == "JUD":
        return "116", "court"  # a court that "condemns" (verurteilt, osudil) sentences
    if code in ("171", "1711", "1712") and src.role in ("PPL", "OPP"):
        return "145", "riot"  # protesters destroying property riot
    if code.startswith("19") and src.role in ("MIL", "COP") and tgt is not None and tgt.role in ("PPL", "OPP"):
        return "175", "repression"  # forces fighting protesters repress them
    if code.startswith("19") and src.role in ("PPL",) and tgt is not None and tgt.role in ("MIL", "COP"):
        return "145", "riot"
    return code, ""
