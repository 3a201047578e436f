"""PyTorch baseline for issue 6: lesson 1.5's default run (MNIST 784-512-10, relu, softmax in the loss,
RMSprop with Keras's parameters, batch 128, 5 epochs, shuffled each epoch, Keras's initialisation) on the
same bundled IDX files the server trains on. Used by scripts/compare-pytorch.sh.

  python3 pytorch_baseline.py DATASET_DIR [--threads N] [--epochs E] [--probe-batches B] [--seed S] [--gemm]

--probe-batches B times B batches only (after a short warm-up) and prints "probe seconds_per_batch=…":
the comparison script uses it to pick the best thread setting before the real run.
--gemm times torch.mm at the layer's shapes instead (the BLAS torch links: Debian's OpenBLAS) in GFLOP/s.
OpenBLAS's own threads must be set by the caller (OPENBLAS_NUM_THREADS), before the library loads.
"""
import argparse
import gzip
import statistics
import time
from pathlib import Path

import numpy as np
import torch


def read_idx(path):
    """Reads a gzip IDX file (big-endian header: magic, then one uint32 per dimension)."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = tuple(int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims))
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(directory, split):
    images = read_idx(directory / f"{split}-images-idx3-ubyte.gz")
    labels = read_idx(directory / f"{split}-labels-idx1-ubyte.gz")
    # x/255 as float32, like the server's TensorDataset
    x = torch.from_numpy(images.reshape(len(images), -1).astype(np.float32) / 255.0)
    y = torch.from_numpy(labels.astype(np.int64))
    return x, y


def model():
    net = torch.nn.Sequential(torch.nn.Linear(784, 512), torch.nn.ReLU(), torch.nn.Linear(512, 10))
    for layer in (net[0], net[2]):
        # Keras's Dense defaults: Glorot uniform weights, zero biases (torch's default init differs)
        torch.nn.init.xavier_uniform_(layer.weight)
        torch.nn.init.zeros_(layer.bias)
    return net


def gemm_peak(threads, seconds=2.0):
    """Best GFLOP/s of torch.mm at 128×784·784×512 and the backward 784×128ᵀ·128×512 (as GemmPeak.java)."""
    x, w, dz = torch.rand(128, 784), torch.rand(784, 512), torch.rand(128, 512)
    flops = 2.0 * 128 * 784 * 512
    results = []
    for name, gemm in (("128x784*784x512", lambda: torch.mm(x, w)), ("784x128*128x512(transA)", lambda: torch.mm(x.t(), dz))):
        for _ in range(50):
            gemm()
        best, deadline = 0.0, time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            for _ in range(20):
                gemm()
            best = max(best, 20 * flops / (time.perf_counter() - start) / 1e9)
        print(f"gemm torch threads={threads} shape={name} gflops={best:.1f}")
        results.append(best)
    print(f"gemm torch threads={threads} best gflops={max(results):.1f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset_dir", type=Path)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--probe-batches", type=int, default=0)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--gemm", action="store_true")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    if args.gemm:
        gemm_peak(args.threads)
        return
    torch.manual_seed(args.seed)
    x_train, y_train = load(args.dataset_dir, "train")
    x_test, y_test = load(args.dataset_dir, "t10k")
    net = model()
    # Keras's RMSprop: lr 0.001, rho 0.9, epsilon 1e-7 (torch's defaults are alpha 0.99, eps 1e-8)
    optimizer = torch.optim.RMSprop(net.parameters(), lr=0.001, alpha=0.9, eps=1e-7)
    # softmax + categorical cross-entropy on one-hot labels == CrossEntropyLoss on logits and class ids
    loss_fn = torch.nn.CrossEntropyLoss()
    n = len(x_train)

    def step(index):
        xb, yb = x_train[index], y_train[index]
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(net(xb), yb)
        loss.backward()
        optimizer.step()
        return loss

    if args.probe_batches:
        perm = torch.randperm(n)
        batches = [perm[i:i + args.batch] for i in range(0, args.batch * (args.probe_batches + 20), args.batch)]
        for index in batches[:20]:
            step(index)  # warm-up: allocator, thread pools
        start = time.perf_counter()
        for index in batches[20:]:
            step(index)
        print(f"probe seconds_per_batch={(time.perf_counter() - start) / args.probe_batches:.5f}")
        return

    seconds = []
    print(f"torch {torch.__version__} · intra-op threads {torch.get_num_threads()}")
    for epoch in range(1, args.epochs + 1):
        start = time.perf_counter()
        perm = torch.randperm(n)
        total, correct, count = 0.0, 0, 0
        for i in range(0, n, args.batch):
            index = perm[i:i + args.batch]
            xb, yb = x_train[index], y_train[index]
            optimizer.zero_grad(set_to_none=True)
            logits = net(xb)
            loss = loss_fn(logits, yb)
            loss.backward()
            optimizer.step()
            # Keras's fit line: the epoch's running loss/accuracy (cheap: no extra forward pass)
            total += loss.item() * len(index)
            correct += (logits.argmax(1) == yb).sum().item()
            count += len(index)
        seconds.append(time.perf_counter() - start)
        print(f"epoch {epoch} seconds={seconds[-1]:.2f} loss={total / count:.4f} accuracy={correct / count:.4f}")

    with torch.no_grad():
        accuracy = (net(x_test).argmax(1) == y_test).float().mean().item()
    print(f"median seconds={statistics.median(seconds):.2f}")
    print(f"test accuracy={accuracy:.4f}")


if __name__ == "__main__":
    main()
