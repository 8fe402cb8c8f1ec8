"""Environment variables read by extraction, sorted by whether they change what it outputs.

``OUTPUT_SWITCHES`` turn rule parts off or name other weights and lists (for ablations). Their values are part of
every extraction stamp (graph/plan.py ``extractor_version``): papers extracted under one setting are extracted
again under another, so one store never mixes what two settings found. tests/unit/test_extraction_switches.py
checks that every ``PAPERKG_`` variable the package reads is in one of the two lists.
"""

OUTPUT_SWITCHES = (
    "PAPERKG_RECALL9", "PAPERKG_RECALL10", "PAPERKG_RECALL11", "PAPERKG_RECALL12", "PAPERKG_RECALL13",
    "PAPERKG_RECALL14", "PAPERKG_RECALL16", "PAPERKG_RECALL17", "PAPERKG_RECALL18", "PAPERKG_RECALL19", "PAPERKG_RECALL20",
    "PAPERKG_RECALL21", "PAPERKG_RECALL22", "PAPERKG_RECALL23", "PAPERKG_RECALL24", "PAPERKG_RECALL25",
    "PAPERKG_RECALL26", "PAPERKG_RECALL27", "PAPERKG_RECALL28",
    "PAPERKG_RECALL29",
    "PAPERKG_RECALL30",
    "PAPERKG_RECALL31",
    "PAPERKG_RECALL32",
    "PAPERKG_RECALL33",
    "PAPERKG_RECALL34",  # session 31 (recall34)
    "PAPERKG_RECALL35",  # session 32 (recall35)
    "PAPERKG_RECALL36",  # session 32 (recall36); modified-name off (session 33 merge: duplicate nodes at 73k)
    "PAPERKG_RECALL37",  # session 33 (recall37)
    "PAPERKG_RECALL39",  # session 34 (recall39)
    "PAPERKG_RECALL40",  # session 35 (recall40)
    "PAPERKG_RECALL41",  # session 36 (recall41)
    "PAPERKG_RECALL42",  # session 37 (recall42)
    "PAPERKG_RECALL43",  # session 38 (recall43)
    "PAPERKG_RECALL44",  # session 38 (recall44)
    "PAPERKG_RECALL45",  # session 39 (recall45)
    "PAPERKG_RECALL46",  # session 39 round 2 (recall46)
    "PAPERKG_RECALL47",  # session 40 (recall47)
    "PAPERKG_RECALL48",  # session 40 (recall48)
    "PAPERKG_RECALL49",  # session 40 round 2 (recall49)
    "PAPERKG_RECALL50",  # session 41 (recall50)
    "PAPERKG_RECALL51",  # session 42 (recall51)
    "PAPERKG_RECALL52",  # session 42 (recall52)
    "PAPERKG_RECALL53",  # session 43 (recall53)
    "PAPERKG_RECALL54",  # session 43 (recall54)
    "PAPERKG_RECALL56",  # session 44 (recall56)
    "PAPERKG_RECALL57",  # session 45 (recall57)
    "PAPERKG_RECALL58",  # session 45 (recall58)
    "PAPERKG_RECALL59",  # session 47 (recall59)
    "PAPERKG_RECALL60",  # session 48 (recall60)
    "PAPERKG_RECALL62",  # session 50 (recall62)
    "PAPERKG_PRECISION23", "PAPERKG_PRECISION24", "PAPERKG_PRECISION25", "PAPERKG_PRECISION26", "PAPERKG_PRECISION27",
    "PAPERKG_PRECISION28",
    "PAPERKG_PRECISION29",
    "PAPERKG_PRECISION30",
    "PAPERKG_PRECISION31",
    "PAPERKG_PRECISION32",
    "PAPERKG_PRECISION33",
    "PAPERKG_PRECISION34",
    "PAPERKG_PRECISION35",  # session 32 (precision35)
    "PAPERKG_PRECISION36",  # session 32 (precision36)
    "PAPERKG_PRECISION37",  # session 33 (precision37)
    "PAPERKG_PRECISION38",  # session 33 (precision38)
    "PAPERKG_PRECISION39",  # session 34 (precision39)
    "PAPERKG_PRECISION40",  # session 35 (precision40)
    "PAPERKG_TYPES41",  # session 36 (types41)
    "PAPERKG_PRECISION41",  # session 36 (precision41)
    "PAPERKG_PRECISION42",  # session 37 (precision42)
    "PAPERKG_PRECISION43",  # session 38 (precision43)
    "PAPERKG_PRECISION44",  # session 38 (precision44)
    "PAPERKG_PRECISION45",  # session 39 (precision45)
    "PAPERKG_PRECISION46",  # session 39 (precision46)
    "PAPERKG_PRECISION47",  # session 39 (precision47)
    "PAPERKG_PRECISION48",  # session 40 (precision48)
    "PAPERKG_PRECISION49",  # session 40 round 2 (precision49)
    "PAPERKG_PRECISION50",  # session 41 (precision50)
    "PAPERKG_PRECISION51",  # session 41 (precision51)
    "PAPERKG_PRECISION52",  # session 41 (precision52)
    "PAPERKG_PRECISION53",  # session 42 (precision53)
    "PAPERKG_PRECISION54",  # session 42 (precision54)
    "PAPERKG_PRECISION55",  # session 42 (precision55)
    "PAPERKG_PRECISION56",  # session 43 (precision56)
    "PAPERKG_PRECISION57",  # session 43 (precision57)
    "PAPERKG_PRECISION58",  # session 44 (precision58)
    "PAPERKG_PRECISION59",  # session 45 (precision59)
    "PAPERKG_PRECISION60",  # session 45 (precision60)
    "PAPERKG_PRECISION61",  # session 46 (precision61)
    "PAPERKG_PRECISION62",  # session 47 (precision62)
    "PAPERKG_PRECISION63",  # session 48 (precision63)
    "PAPERKG_PRECISION64",  # session 49 (precision64)
    "PAPERKG_LEARN65",  # session 50 (learn65)
    "PAPERKG_RECALL55",  # session 44 (recall55)
    "PAPERKG_HUBS45",  # session 44 (hubs45)
    "PAPERKG_HUBS47",  # session 46 (hubs47)
    "PAPERKG_HUBS48",  # session 47 (hubs48)
    "PAPERKG_HUBS50",  # session 48 round 2 (hubs50)
    "PAPERKG_TYPES42",  # session 37 (types42)
    "PAPERKG_TYPES43",  # session 38 (types43)
    "PAPERKG_TYPES44",  # session 39 (types44)
    "PAPERKG_TYPES47",  # session 40 (types47)
    "PAPERKG_TYPES48",  # session 41 (types48)
    "PAPERKG_TYPES49",  # session 42 (types49)
    "PAPERKG_TYPES51",  # session 43 (types51)
    "PAPERKG_TYPES52",  # session 44 (types52)
    "PAPERKG_TYPES53",  # session 45 (types53)
    "PAPERKG_TYPES54",  # session 46 (types54)
    "PAPERKG_TYPES55",  # session 47 (types55)
    "PAPERKG_TYPES57",  # session 49 (types57)
    "PAPERKG_TYPES56",  # session 48 (types56)
    "PAPERKG_TYPES50",  # session 43 (types50)
    "PAPERKG_TYPES45",  # session 39 (types45)
    "PAPERKG_RESULTS24", "PAPERKG_RESULTS25", "PAPERKG_RESULTS26", "PAPERKG_RESULTS27", "PAPERKG_RESULTS28",
    "PAPERKG_RESULTS29",
    "PAPERKG_RESULTS30",
    "PAPERKG_RESULTS31",
    "PAPERKG_RESULTS32",
    "PAPERKG_RESULTS33",
    "PAPERKG_RESULTS34",
    "PAPERKG_RESULTS35",  # session 31 (results35)
    "PAPERKG_RESULTS37",  # session 32 (results37)
    "PAPERKG_RESULTS38",  # session 32 (results38)
    "PAPERKG_RESULTS39",  # session 33 (results39)
    "PAPERKG_RESULTS40",  # session 34 (results40)
    "PAPERKG_RESULTS41",  # session 35 (results41)
    "PAPERKG_RESULTS42",  # session 36 (results42)
    "PAPERKG_RESULTS43",  # session 37 (results43)
    "PAPERKG_RESULTS56",  # session 44 (results56)
    "PAPERKG_RESULTS44",  # session 38 (results44)
    "PAPERKG_RESULTS45",  # session 38 (results45)
    "PAPERKG_RESULTS46",  # session 39 (results46)
    "PAPERKG_RESULTS47",  # session 39 (results47)
    "PAPERKG_RESULTS48",  # session 40 (results48)
    "PAPERKG_RESULTS49",  # session 40 (results49)
    "PAPERKG_RESULTS50",  # session 40 (results50)
    "PAPERKG_RESULTS51",  # session 41 (results51)
    "PAPERKG_RESULTS52",  # session 42 (results52)
    "PAPERKG_RESULTS53",  # session 43 (results53)
    "PAPERKG_RESULTS54",  # session 43 (results54)
    "PAPERKG_RESULTS55",  # session 44 (results55)
    "PAPERKG_RESULTS57",  # session 45 (results57)
    "PAPERKG_RESULTS58",  # session 46 (results58)
    "PAPERKG_RESULTS59",  # session 47 (results59)
    "PAPERKG_RESULTS60",  # session 48 (results60)
    "PAPERKG_RESULTS61",  # session 48 round 2 (results61)
    "PAPERKG_RESULTS62",  # session 49 (results62)
    "PAPERKG_RESULTS63",  # session 49 (results63)
    "PAPERKG_RESULTS65",  # session 50 (results65)
    "PAPERKG_MINED_NAMES",
    "PAPERKG_CANDIDATE_CLASSIFIER", "PAPERKG_NAME_TAGGER",
    "PAPERKG_LOWER_LEXICON",
    "PAPERKG_SENSES26",
    "PAPERKG_SENSES27",
    "PAPERKG_SENSES28",
    "PAPERKG_SENSES29",
    "PAPERKG_SENSES30",
    "PAPERKG_SENSES31",  # session 32 (senses31)
)

# Read by extraction without changing its output: compiled or plain modules (same output), tracing.
NO_OUTPUT_CHANGE = ("PAPERKG_COMPILED", "PAPERKG_TRACE_DROPS", "PAPERKG_RESULTS_TRACE", "PAPERKG_TYPES45_TRACE")
