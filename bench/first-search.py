#!/usr/bin/env python3
"""First search in discover mode (docs/search.md "Seventh round"): for each scp-mcp binary given, over stdio with
--tool-mode discover --emulator, RUNS fresh processes (interleaved across binaries), each: initialize, tools/list,
THINK ms of the agent reading the list, then two scp_search_operations calls. Prints per binary the medians of:
start to the tools/list answer, the first search, the second search, and peak RSS (VmHWM) after them.

Usage: python3 bench/first-search.py [--runs N (9)] [--think MS (300)] BINARY [BINARY ...]
e.g.   python3 bench/first-search.py --think 0 main/scp-mcp branch/scp-mcp   (Release or AOT builds: bench/run.sh)
"""
import argparse, json, statistics, subprocess, time

QUERIES = ["take a point-in-time copy of the data disk before patching", "which NFS shares do we have"]


def run(binary, think):
    start = time.perf_counter()
    p = subprocess.Popen([binary, "--tool-mode", "discover", "--emulator"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True, bufsize=1)

    def send(message):
        p.stdin.write(json.dumps(message) + "\n")
        p.stdin.flush()

    def answer(request_id):
        while True:
            line = p.stdout.readline()
            if not line:
                raise SystemExit(f"{binary} closed stdout (exit code {p.wait()})")
            message = json.loads(line)
            if message.get("id") == request_id:
                if "error" in message or message.get("result", {}).get("isError"):
                    raise SystemExit(f"{binary}: request {request_id} failed: {message}")
                return message

    send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                                                                         "clientInfo": {"name": "first-search", "version": "1"}}})
    answer(1)
    send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    send({"jsonrpc": "2.0", "id": 2, "method": "tools/list"})
    answer(2)
    listed = (time.perf_counter() - start) * 1000
    time.sleep(think / 1000)
    searches = []
    for n, query in enumerate(QUERIES):
        t = time.perf_counter()
        send({"jsonrpc": "2.0", "id": 10 + n, "method": "tools/call",
              "params": {"name": "scp_search_operations", "arguments": {"query": query}}})
        answer(10 + n)
        searches.append((time.perf_counter() - t) * 1000)
    with open(f"/proc/{p.pid}/status") as status:
        rss = next(int(l.split()[1]) for l in status if l.startswith("VmHWM")) / 1024
    p.stdin.close()
    p.wait()
    return listed, searches[0], searches[1], rss


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--think", type=float, default=300, help="ms between the tools/list answer and the first search")
    parser.add_argument("binaries", nargs="+")
    args = parser.parse_args()
    rows = {b: [] for b in args.binaries}
    for _ in range(args.runs):
        for binary in args.binaries:
            rows[binary].append(run(binary, args.think))
    print(f"discover mode over stdio, think {args.think:.0f} ms, median of {args.runs} runs")
    print("| binary | start to tools/list ms | first search ms | second search ms | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|")
    for binary, results in rows.items():
        listed, first, second, rss = (statistics.median(column) for column in zip(*results))
        print(f"| {binary} | {listed:.1f} | {first:.1f} | {second:.1f} | {rss:.1f} |")


if __name__ == "__main__":
    main()
