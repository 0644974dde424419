#!/usr/bin/env python3
"""Writes N synthetic `pagina` files for the benchmark: headings, a list, a table and five
relative links each, spread over 100 folders, the same files for Spiegel and for Hugo."""
import os
import sys

n = int(sys.argv[1])
out = sys.argv[2]
per_folder = 100
for i in range(n):
    folder = os.path.join(out, f"deel-{i // per_folder:03d}")
    os.makedirs(folder, exist_ok=True)
    links = []
    for k in range(1, 6):
        j = (i * 7 + k * 131) % n
        links.append(f"[pagina {j}](../deel-{j // per_folder:03d}/pagina-{j}.md)")
    body = f"""---
type: pagina
titel: Pagina {i}
samenvatting: Synthetische pagina {i} voor de benchmark.
---
Dit is pagina {i}. Zij verwijst naar {", ".join(links[:2])}.

## Achtergrond

Een alinea met **nadruk**, *cursief* en `code`, en een verwijzing naar {links[2]}.

- eerste punt met {links[3]}
- tweede punt
- derde punt met {links[4]}

## Overzicht

| kolom | waarde | opmerking |
|---|---|---|
| a | {i} | eerste |
| b | {i * 2} | tweede |
| c | {i * 3} | derde |

### Slot

Nog een korte alinea om de pagina af te ronden.
"""
    with open(os.path.join(folder, f"pagina-{i}.md"), "w", encoding="utf-8") as f:
        f.write(body)
