"""The load's copy of a store file: shutil.copyfile (sendfile) against os.copy_file_range (the kernel copies),
interleaved, wall and CPU of this process (REVERSED=1: the other order in each pair):
    python bench/store_copy.py STORE TMPFILE [PAIRS]"""
import os
import shutil
import sys
import time



def copy_file_range(a, b):
    with open(a, "rb") as fin, open(b, "wb") as fout:
        left = os.fstat(fin.fileno()).st_size
        while left > 0:
            n = os.copy_file_range(fin.fileno(), fout.fileno(), left)
            if n == 0:
                break
            left -= n


src, dst = sys.argv[1:3]
for _ in range(int(sys.argv[3]) if len(sys.argv) > 3 else 3):
    order = (("shutil.copyfile", shutil.copyfile), ("copy_file_range", copy_file_range))
    for name, f in (order[::-1] if os.environ.get("REVERSED") else order):
        t, c = time.perf_counter(), time.process_time()
        f(src, dst)
        print(f"{name:16s} {time.perf_counter() - t:.2f} s wall {time.process_time() - c:.2f} s cpu; load {os.getloadavg()[0]:.1f}")
        os.unlink(dst)
