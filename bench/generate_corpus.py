#!/usr/bin/env python3
"""Deterministic synthetic news corpus for `make bench`.

Writes JSONL shards (one article a line) of realistic length: datelines,
dates in several forms, officeholders with titles (mostly right, some stale),
quotations, headings, page furniture at the end of some articles, and planted
defects (a wrong weekday, a space before a comma, a tortured phrase, a
repeated sentence). The same --seed and --mb give the same bytes.

Usage: bench/generate_corpus.py --mb 10 --out /tmp/corpus [--seed 1]
"""
import argparse
import json
import os
import random

PLACES = ["LONDON", "PARIS", "BERLIN", "KYIV", "MOSCOW", "BEIJING", "WASHINGTON", "BRUSSELS",
          "TOKYO", "NEW DELHI", "ANKARA", "GENEVA"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PEOPLE = [("Russian President", "Vladimir Putin"), ("Chinese President", "Xi Jinping"),
          ("French President", "Emmanuel Macron"), ("Ukrainian President", "Volodymyr Zelenskyy"),
          ("German Chancellor", "Olaf Scholz"), ("Russian Foreign Minister", "Sergey Lavrov"),
          ("Chinese Foreign Minister", "Wang Yi"), ("NATO Secretary General", "Jens Stoltenberg"),
          ("UN Secretary-General", "António Guterres"), ("Indian Prime Minister", "Narendra Modi")]
SUBJECTS = ["the ministers", "negotiators", "the delegation", "officials", "the envoys",
            "the two leaders", "analysts", "diplomats", "the finance ministers", "the committee"]
VERBS = ["discussed", "reviewed", "examined", "debated", "outlined", "welcomed", "criticised",
         "questioned", "endorsed", "rejected"]
OBJECTS = ["the proposal for a ceasefire", "new sanctions on energy exports", "the grain corridor",
           "a framework for security guarantees", "the budget for reconstruction",
           "trade in critical minerals", "the prisoner exchange", "air-defence deliveries",
           "the timetable for talks", "the humanitarian situation in the east"]
TAILS = ["according to a statement released after the meeting",
         "people familiar with the talks said", "in remarks broadcast on state television",
         "a spokesperson told reporters", "without giving further details",
         "as markets watched for signs of progress"]
QUOTES = ["We will not accept any deal that ignores our security concerns",
          "Dialogue remains the only way forward", "The door to negotiations is open",
          "Nobody gains from a long war", "Our support will continue as long as it takes",
          "We are ready to talk, but not at any price"]
HEADINGS = ["What Was Agreed", "The Road Ahead", "Reactions Abroad", "Markets and Energy",
            "A Difficult Week", "Background"]
FURNITURE = ["Share This Article", "Latest News", "Subscribe to our daily newsletter",
             "Read More", "© 2024 Example Media. All rights reserved."]
SPUN = ["focal bank", "counterfeit consciousness", "cold warfare mentality"]


def date_text(rng, year):
    m = rng.randrange(12)
    d = rng.randint(1, 28)
    form = rng.randrange(4)
    if form == 0:
        return f"{MONTHS[m]} {d}, {year}"
    if form == 1:
        return f"{d} {MONTHS[m]} {year}"
    if form == 2:
        return f"{MONTHS[m][:3]}. {d}"
    return f"in {MONTHS[m]}"


def sentence(rng, year):
    r = rng.random()
    if r < 0.25:
        title, name = rng.choice(PEOPLE)
        return f"{title} {name} {rng.choice(VERBS)} {rng.choice(OBJECTS)} on {date_text(rng, year)}, {rng.choice(TAILS)}."
    if r < 0.4:
        return f"“{rng.choice(QUOTES)},” {rng.choice(PEOPLE)[1]} said."
    if r < 0.5:
        return f"Last week, {rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."
    return (f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
            f"{rng.choice(TAILS)}.")


def article(rng, n):
    year = rng.randint(2019, 2025)
    month, day = rng.randrange(12), rng.randint(1, 28)
    title = f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    lines = [title, "", f"{rng.choice(PLACES)}, {day} {MONTHS[month]} {year} — {sentence(rng, year)}", ""]
    paragraphs = rng.randint(8, 16)
    for p in range(paragraphs):
        if p and rng.random() < 0.2:
            lines += [rng.choice(HEADINGS), ""]
        sents = [sentence(rng, year) for _ in range(rng.randint(2, 5))]
        if rng.random() < 0.03:
            sents.append(f"The study examined {rng.choice(SPUN)} in detail.")
        if rng.random() < 0.03:
            sents.append(f"The vote is on {rng.choice(WEEKDAYS)}, {MONTHS[month]} {day}, {year}.")
        if rng.random() < 0.03:
            sents.append("Talks resumed on Monday , officials said.")
        if rng.random() < 0.02 and p > 0:
            sents.append(lines[2].split(" — ", 1)[1])
        lines += [" ".join(sents), ""]
    if rng.random() < 0.3:
        for f in rng.sample(FURNITURE, rng.randint(2, 4)):
            lines += [f, ""]
    return {"id": f"bench-{n:07d}", "title": title, "source": "bench-wire",
            "url": f"https://bench.example.org/{n}", "text": "\n".join(lines).rstrip() + "\n"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shard-mb", type=float, default=8)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    target, shard_target = int(args.mb * 1e6), int(args.shard_mb * 1e6)
    written, shard, n = 0, 0, 0
    out = None
    shard_bytes = shard_target
    while written < target:
        if shard_bytes >= shard_target:
            if out:
                out.close()
            out = open(os.path.join(args.out, f"shard-{shard:04d}.jsonl"), "w", encoding="utf-8")
            shard, shard_bytes = shard + 1, 0
        line = json.dumps(article(rng, n), ensure_ascii=False) + "\n"
        out.write(line)
        size = len(line.encode("utf-8"))
        written, shard_bytes, n = written + size, shard_bytes + size, n + 1
    out.close()
    print(f"{n} articles, {written / 1e6:.1f} MB in {shard} shards under {args.out}")


if __name__ == "__main__":
    main()
