#!/usr/bin/env python3
"""Lists the methods (and constructors) of Java files longer than a limit, from the declaration to its closing brace."""
import re, sys
limit = int(sys.argv[1]); files = sys.argv[2:]
decl = re.compile(r'^\s*(?:(?:public|private|protected|static|final|abstract|synchronized|default)\s+)*'
                  r'(?:<[^>]+>\s+)?(?:[\w.<>\[\]?, ]+\s+)?(\w+)\s*\([^;]*$')
worst = []
for f in files:
    lines = open(f, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        m = decl.match(lines[i])
        if m and m.group(1) not in ('if', 'for', 'while', 'switch', 'catch', 'return', 'new', 'synchronized', 'try') \
                and not lines[i].strip().startswith(('return', 'throw', '//', '*', '@')) and '=' not in lines[i].split('(')[0] \
                and not re.search(r'\b(record|class|interface|enum)\b', lines[i].split('(')[0]):
            # find the opening brace of the body (the signature may span lines)
            j = i
            while j < len(lines) and '{' not in lines[j] and ';' not in lines[j]:
                j += 1
            if j < len(lines) and '{' in lines[j] and ';' not in lines[j].split('{')[0]:
                depth = 0; k = j
                while k < len(lines):
                    s = re.sub(r'"(?:\\.|[^"\\])*"', '""', lines[k]); s = re.sub(r"'(?:\\.|[^'\\])'", "''", s)
                    s = s.split('//')[0]
                    depth += s.count('{') - s.count('}')
                    if depth <= 0 and k >= j:
                        break
                    k += 1
                n = k - i + 1
                worst.append((n, f, i + 1, m.group(1)))
                i = j + 1 if n > 1 else i + 1
                continue
        i += 1
worst.sort(reverse=True)
over = [w for w in worst if w[0] > limit]
for n, f, line, name in worst[:8]:
    print(f'{n:4d} {f}:{line} {name}')
print(f'{len(over)} method(s) over {limit} lines')
sys.exit(1 if over else 0)
