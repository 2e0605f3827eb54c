"""Read Atom feeds with feedparser (Debian's python3-feedparser), as feed readers built on it do.

Usage: python3 feedparser-read.py <feed.xml>...
Prints one JSON array: for each feed, feedparser's bozo flag (and exception), the feed's links,
and for each entry its id, link, title, summary and content as feedparser hands them over.
"""

import json
import sys

import feedparser


def read(path):
    with open(path, "rb") as f:
        d = feedparser.parse(f.read())
    return {
        "file": path,
        "bozo": bool(d.bozo),
        "bozoException": str(d.get("bozo_exception", "")),
        "version": d.version,
        "links": [{"rel": l.get("rel"), "type": l.get("type"), "href": l.get("href")} for l in d.feed.get("links", [])],
        "entries": [
            {
                "id": e.get("id"),
                "link": e.get("link"),
                "title": e.get("title"),
                "summary": e.get("summary"),
                "content": [{"type": c.get("type"), "value": c.get("value")} for c in e.get("content", [])],
            }
            for e in d.entries
        ],
    }


json.dump([read(p) for p in sys.argv[1:]], sys.stdout, ensure_ascii=False)
sys.stdout.write("\n")
