#!/usr/bin/env python3
"""Generates a national-scale registry straight into the databases with COPY (the bulk path of PostgreSQL).

Every Indonesian region is a party; 100,000 agreements over partner countries with a realistic skew (China
first, as in the article), with instruments, clauses, commitments and about 1,000,000 activities. It also
fills agreements-service's change feed and assessment-service's projection as a caught-up follower would
have them. Deterministic (fixed seed). Usage: generate.py AGREEMENTS  (PG* environment variables say where).
"""
import csv
import io
import json
import os
import random
import subprocess
import sys
import uuid
from datetime import date, timedelta

SEED = 20251105
N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
ACTIVITIES_PER_AGREEMENT = 10  # on average: 1,000,000 activities for 100,000 agreements
TODAY = date.today()

rnd = random.Random(SEED)


def psql(database, sql):
    out = subprocess.run(["psql", "-X", "-At", "-F", "\t", "-d", database, "-c", sql], check=True,
                         capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def copy(database, table_columns, rows):
    process = subprocess.Popen(["psql", "-X", "-q", "-d", database, "-c",
                                f"\\copy {table_columns} from stdin with (format csv)"],
                               stdin=subprocess.PIPE, text=True)
    writer = csv.writer(process.stdin, lineterminator="\n")
    count = 0
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
        count += 1
    process.stdin.close()
    if process.wait() != 0:
        sys.exit(f"COPY into {table_columns.split('(')[0]} failed")
    return count


def pg_array(values):
    return "{" + ",".join('"' + v + '"' for v in values) + "}"


def weighted(choices):
    total = sum(w for _, w in choices)
    r = rnd.uniform(0, total)
    for value, w in choices:
        r -= w
        if r <= 0:
            return value
    return choices[-1][0]


indonesia = psql("directory", """
    select r.id, c.code, r.name, coalesce(pc.code, c.code)
    from region r join region_code c on c.region_id = r.id and c.scheme = 'KEMENDAGRI'
    left join region p on p.id = r.parent_id
    left join region_code pc on pc.region_id = p.id and pc.scheme = 'KEMENDAGRI'
    where r.country_code = 'ID' and r.status = 'ACTIVE'""")
foreign = {}
for region_id, country, code, name in psql("directory", """
        select r.id, r.country_code, c.scheme || ':' || c.code, r.name from region r
        join region_code c on c.region_id = r.id and c.scheme in ('ISO_3166_2', 'GB_T_2260')
        where r.country_code <> 'ID' and r.level <= 2"""):
    foreign.setdefault(country, []).append((region_id, code, name))
blocs = {}
for country, bloc in psql("directory", "select country_code, bloc_code from country_bloc"):
    blocs.setdefault(country, []).append(bloc)
organisations = psql("directory", "select id, key, name, country_code from organisation where country_code <> 'ID'")

PARTNERS = [("CN", 40), ("JP", 12), ("KR", 8), ("US", 4), ("AU", 4), ("DE", 3), ("NL", 3), ("FR", 3), ("SG", 3),
            ("MY", 3), ("TH", 2), ("VN", 2), ("IN", 2), ("SA", 2), ("AE", 2), ("GB", 2), ("TR", 1), ("PH", 1),
            ("IT", 1), ("ES", 1), ("BR", 1), ("EG", 1)]
PARTNERS = [(c, w) for c, w in PARTNERS if c in foreign]
STATES = [("ACTIVE", 50), ("LOI_SIGNED", 10), ("PLANNED", 8), ("INITIATED", 5), ("EXPLORATION", 5),
          ("DPRD_REVIEW", 4), ("CENTRAL_REVIEW", 3), ("APPROVED", 3), ("UNDER_EVALUATION", 4), ("EXPIRED", 4),
          ("TERMINATED", 2), ("REJECTED", 1), ("WITHDRAWN", 1), ("DPRD_APPROVED", 2)]
SECTORS = ["TOURISM", "CREATIVE_ECONOMY", "HUMAN_RESOURCES", "EDUCATION", "E_COMMERCE", "ARTIFICIAL_INTELLIGENCE",
           "DIGITAL_INFRASTRUCTURE", "TRADE_EXPORT", "INVESTMENT", "INFRASTRUCTURE", "TRANSPORT", "ENERGY",
           "ENVIRONMENT", "HEALTH", "CULTURE", "AGRICULTURE", "INDUSTRY", "URBAN_PLANNING", "GOVERNANCE"]
TYPES = ["SISTER_CITY", "SISTER_PROVINCE", "TECHNICAL_COOPERATION", "ECONOMIC_COOPERATION", "EDUCATION_CULTURE"]
CLAUSES = ["COST_BENEFIT_ANALYSIS", "ENVIRONMENTAL_PROTECTION", "FISCAL_PROVISIONS", "TECHNOLOGY_TRANSFER",
           "LOCAL_WORKFORCE_TRAINING", "DATA_PROTECTION_LOCALISATION", "DISPUTE_RESOLUTION", "TERMINATION_EXIT"]
ACTIVITY_KINDS = ["VISIT", "DELEGATION", "TRAINING", "STUDENT_EXCHANGE", "TRADE_MISSION", "INVESTMENT_REALISED",
                  "EXPORT", "CULTURAL_EVENT", "MEETING"]

agreements = []
activities_by_agreement = []
for i in range(N):
    ident = uuid.UUID(int=rnd.getrandbits(128), version=4)
    region_id, region_code, region_name, province_code = rnd.choice(indonesia)
    country = weighted(PARTNERS)
    ksdll = rnd.random() < 0.15 and any(o[3] == country for o in organisations)
    if ksdll:
        org_id, org_key, org_name, _ = rnd.choice([o for o in organisations if o[3] == country])
        foreign_region = (None, None, None)
        foreign_name = org_name
    else:
        foreign_region = rnd.choice(foreign[country])
        org_id = org_key = None
        foreign_name = foreign_region[2]
    state = weighted(STATES)
    signed = date(rnd.randint(2008, 2026), rnd.randint(1, 12), rnd.randint(1, 28))
    if signed > TODAY:
        signed = TODAY - timedelta(days=rnd.randint(1, 300))
    valid_until = signed + timedelta(days=365 * rnd.choice([3, 5, 5, 10]))
    if state in ("ACTIVE", "UNDER_EVALUATION") and valid_until < TODAY:
        state = "EXPIRED"  # as the registry's expiry sweep would have it
    live = state in ("ACTIVE", "UNDER_EVALUATION")
    value = round(rnd.lognormvariate(21, 1.5), 2) if rnd.random() < 0.7 else 0
    sectors = sorted(rnd.sample(SECTORS, rnd.randint(1, 3)))
    clauses = {k: {"present": True, "location": "Art. " + str(n + 1)} for n, k in enumerate(CLAUSES) if rnd.random() < 0.5}
    cba = None if rnd.random() < 0.4 else {"currency": "IDR", "discountRate": 0.08, "horizonYears": 5,
        "costs": [{"year": 0, "payer": "REGION", "amount": value or 1_000_000_000}],
        "benefits": [{"year": y, "kind": "EXPORTS", "amount": round((value or 1e9) * 0.3, 2)} for y in range(1, 5)]}
    commitments = [] if not value else [{"obligor": rnd.choice(["INDONESIAN_PARTY", "FOREIGN_PARTY"]),
        "kind": rnd.choice(["GRANT", "LOAN", "BUDGET_ALLOCATION", "IN_KIND"]), "amount": value, "currency": "IDR"}]
    count = int(rnd.expovariate(1 / ACTIVITIES_PER_AGREEMENT)) if state not in ("INITIATED", "WITHDRAWN", "REJECTED") else 0
    span = max(1, (min(TODAY, valid_until) - signed).days)
    acts = []
    people = 0
    exports = 0.0
    investment = 0.0
    for _ in range(count):
        kind = rnd.choice(ACTIVITY_KINDS)
        trained = rnd.randint(5, 60) if kind == "TRAINING" else 0
        exported = round(rnd.lognormvariate(18, 1), 2) if kind == "EXPORT" else 0
        invested = round(rnd.lognormvariate(20, 1), 2) if kind == "INVESTMENT_REALISED" else 0
        people += trained
        exports += exported
        investment += invested
        acts.append((uuid.UUID(int=rnd.getrandbits(128), version=4), kind, signed + timedelta(days=rnd.randint(0, span)),
                     trained, exported, invested))
    last = max((a[2] for a in acts), default=None)
    agreements.append([ident, f"BENCH-{i:06d}", f"{'KSDLL' if ksdll else 'KSDPL'} {region_name} – {foreign_name} #{i}",
                       "Generated for the benchmark", "KSDLL" if ksdll else "KSDPL", rnd.choice(TYPES), state,
                       "false", region_id, region_code, region_name, province_code, foreign_region[0],
                       foreign_region[1], org_id, org_key, foreign_name, country, pg_array(blocs.get(country, [])),
                       pg_array(sectors), signed, valid_until, "true", json.dumps([{"kind": "MOU", "signedOn": signed.isoformat()}]),
                       json.dumps(clauses), json.dumps(cba) if cba else None, json.dumps(commitments), value, signed,
                       signed.year, signed if live or state in ("EXPIRED", "TERMINATED") else None, last, 0, "bench",
                       people, round(exports, 2), round(investment, 2)])
    activities_by_agreement.append((ident, acts))

columns = ("agreement(id, reference, title, summary, form, type, state, confidential, region_id, region_code, region_name, "
           "province_code, foreign_region_id, foreign_region_code, foreign_organisation_id, foreign_organisation_key, "
           "foreign_party_name, partner_country, partner_blocs, sectors, valid_from, valid_until, renewable, instruments, "
           "clauses, cost_benefit, commitments, committed_value_idr, signed_on, signing_year, activated_on, "
           "last_activity_on, version, created_by, people_trained, export_value_idr, investment_value_idr)")
copied = copy("agreements", columns, agreements)


def activity_rows():
    for agreement_id, acts in activities_by_agreement:
        for ident, kind, occurred, trained, exported, invested in acts:
            yield [ident, agreement_id, kind, occurred, "generated", trained, exported, invested, "IDR", "bench"]


activities = copy("agreements", "activity(id, agreement_id, kind, occurred_on, description, people_trained, export_value, "
                  "investment_value, currency, recorded_by)", activity_rows())
psql("agreements", """insert into agreement_change (position, agreement_id, type, state, version)
    select nextval('agreement_change_position'), id, 'CREATED', state, version from agreement
    where id not in (select agreement_id from agreement_change); analyze""")
position = psql("agreements", "select coalesce(max(position), 0) from agreement_change")[0][0]

psql("assessment", "delete from agreement_projection")
projection = subprocess.Popen(["psql", "-X", "-q", "-d", "agreements", "-c",
    "\\copy (select id, version, reference, title, region_name, region_code, province_code, partner_country, partner_blocs, "
    "sectors, state, signing_year, valid_until, last_activity_on, activated_on, valid_from, committed_value_idr, "
    "people_trained, export_value_idr, investment_value_idr, "
    # live and unconfirmed as agreements-service publishes them (AgreementState.isLive, the legacy review)
    "state not in ('RENEWED', 'EXPIRED', 'TERMINATED', 'REJECTED', 'WITHDRAWN'), confidential, "
    "coalesce(legacy_review <> 'CONFIRMED', false) from agreement) to stdout with (format csv)"],
    stdout=subprocess.PIPE)
into = subprocess.run(["psql", "-X", "-q", "-d", "assessment", "-c",
    "\\copy agreement_projection(id, version, reference, title, region_name, region_code, province_code, partner_country, "
    "partner_blocs, sectors, state, signing_year, valid_until, last_activity_on, activated_on, valid_from, "
    "committed_value_idr, people_trained, export_value_idr, investment_value_idr, live, confidential, unconfirmed) "
    "from stdin with (format csv)"],
    stdin=projection.stdout, check=True)
projection.wait()
psql("assessment", f"""insert into feed_cursor (name, position) values ('agreements', {position})
    on conflict (name) do update set position = excluded.position; analyze""")
print(f"{copied} agreements, {activities} activities, change feed at {position}")
