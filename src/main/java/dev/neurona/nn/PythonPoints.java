package dev.neurona.nn;

import dev.neurona.data.Toy2dKind;

/**
 * The playground's points in Python, drawn exactly as {@code data.Toy2d} draws them: a port of
 * {@link java.util.Random} and the chosen shape's recipe, so a notebook trains on the very points
 * (and the train/test cut of {@code data.TrainTestSplit}) that the learner saw in Neurona.
 */
final class PythonPoints {

    private static final String RANDOM =
            """
            import math


            class JavaRandom:
                \"""java.util.Random, the generator Neurona draws its points with: same seed, same numbers.\"""

                MULTIPLIER, MASK = 0x5DEECE66D, (1 << 48) - 1

                def __init__(self, seed):
                    self.state = (seed ^ self.MULTIPLIER) & self.MASK
                    self.spare = None

                def bits(self, count):
                    self.state = (self.state * self.MULTIPLIER + 0xB) & self.MASK
                    return self.state >> (48 - count)

                def next_double(self):
                    return ((self.bits(26) << 27) + self.bits(27)) * 2.0 ** -53

                def next_int(self, bound):
                    r, m = self.bits(31), bound - 1
                    if bound & m == 0:
                        return (bound * r) >> 31
                    u, r = r, r % bound
                    while u - r + m >= 1 << 31:  # Java's int overflow: draw again
                        u = self.bits(31)
                        r = u % bound
                    return r

                def next_boolean(self):
                    return self.bits(1) != 0

                def next_gaussian(self):
                    if self.spare is not None:
                        spare, self.spare = self.spare, None
                        return spare
                    while True:
                        v1, v2 = 2 * self.next_double() - 1, 2 * self.next_double() - 1
                        s = v1 * v1 + v2 * v2
                        if 0 < s < 1:
                            break
                    multiplier = math.sqrt(-2 * math.log(s) / s)
                    self.spare = v2 * multiplier
                    return v1 * multiplier


            def uniform(random, low, high):
                return low + (high - low) * random.next_double()


            def label_of(i, n):
                return 0 if i < n // 2 else 1  # the first half is class 0


            def shuffled(points, labels, random):
                \"""The rows in a seeded random order (Fisher-Yates), as float32 arrays.\"""
                for i in range(len(labels) - 1, 0, -1):
                    j = random.next_int(i + 1)
                    points[i], points[j] = points[j], points[i]
                    labels[i], labels[j] = labels[j], labels[i]
                return np.array(points, dtype="float32"), np.array(labels, dtype="float32")


            def train_test_split(x, y, train_ratio, seed):
                \"""Neurona's cut: the rows in a seeded order, the first round(n * train_ratio) for training.\"""
                random, n = JavaRandom(seed), len(x)
                order = list(range(n))
                for i in range(n - 1, 0, -1):
                    j = random.next_int(i + 1)
                    order[i], order[j] = order[j], order[i]
                cut = max(1, min(n - 1, math.floor(n * train_ratio + 0.5)))
                return (x[order[:cut]], y[order[:cut]]), (x[order[cut:]], y[order[cut:]])
            """;

    private static final String CIRCLE =
            """
            def circle(n, noise, seed):
                \"""A disc (class 0) inside a ring (class 1); noise moves each coordinate by up to noise * 0.8.\"""
                random, radius = JavaRandom(seed), 0.8
                points, labels = [], []
                for i in range(n):
                    label = label_of(i, n)
                    if label == 0:
                        r = uniform(random, 0, 0.5 * radius)
                    else:
                        r = uniform(random, 0.7 * radius, radius)
                    angle = uniform(random, 0, 2 * math.pi)
                    shift = noise * radius
                    x1 = r * math.cos(angle) + uniform(random, -shift, shift)
                    x2 = r * math.sin(angle) + uniform(random, -shift, shift)
                    points.append((x1, x2))
                    labels.append(label)
                return shuffled(points, labels, random)
            """;

    private static final String XOR =
            """
            def xor(n, noise, seed):
                \"""The four quadrants: class 1 where x1 and x2 have different signs.\"""
                random, half, padding = JavaRandom(seed), 0.8, 0.05
                points, labels = [], []
                for i in range(n):
                    label = label_of(i, n)
                    x1 = uniform(random, padding, half) * (1 if random.next_boolean() else -1)
                    x2 = uniform(random, padding, half) * math.copysign(1, x1) * (-1 if label == 1 else 1)
                    shift = noise * half
                    points.append((x1 + uniform(random, -shift, shift), x2 + uniform(random, -shift, shift)))
                    labels.append(label)
                return shuffled(points, labels, random)
            """;

    private static final String GAUSSIAN =
            """
            def gaussian(n, noise, seed):
                \"""Two normal blobs around (-0.33, -0.33) and (0.33, 0.33); noise widens them.\"""
                random, centre, spread = JavaRandom(seed), 0.33, 0.12 + noise * 0.42
                points, labels = [], []
                for i in range(n):
                    label = label_of(i, n)
                    sign = 1 if label == 1 else -1
                    x1 = sign * centre + spread * random.next_gaussian()
                    x2 = sign * centre + spread * random.next_gaussian()
                    points.append((x1, x2))
                    labels.append(label)
                return shuffled(points, labels, random)
            """;

    private static final String SPIRAL =
            """
            def spiral(n, noise, seed):
                \"""Two interleaved spirals of 1.75 turns, class 1 half a turn from class 0.\"""
                random, radius, zeros = JavaRandom(seed), 0.8, n // 2
                points, labels = [], []
                for i in range(n):
                    label = label_of(i, n)
                    index = i if label == 0 else i - zeros
                    count = zeros if label == 0 else n - zeros
                    along = index / count
                    r = along * radius
                    angle = 1.75 * along * 2 * math.pi + label * math.pi
                    shift = noise * radius / 5
                    x1 = r * math.sin(angle) + uniform(random, -shift, shift)
                    x2 = r * math.cos(angle) + uniform(random, -shift, shift)
                    points.append((x1, x2))
                    labels.append(label)
                return shuffled(points, labels, random)
            """;

    private static final String GAUSSIAN_QUANTILES =
            """
            def gaussian_quantiles(n, noise, seed):
                \"""make_gaussian_quantiles(cov=0.1): the nearer half of a normal cloud is class 0.\"""
                random, sd = JavaRandom(seed), math.sqrt(0.1)
                drawn = [(sd * random.next_gaussian(), sd * random.next_gaussian()) for _ in range(n)]
                drawn.sort(key=lambda p: p[0] * p[0] + p[1] * p[1])
                points, labels = [], []
                for i in range(n):
                    shift = noise * sd
                    x1 = drawn[i][0] + shift * random.next_gaussian()
                    x2 = drawn[i][1] + shift * random.next_gaussian()
                    points.append((x1, x2))
                    labels.append(label_of(i, n))
                return shuffled(points, labels, random)
            """;

    private static final String MOONS =
            """
            def moons(n, noise, seed):
                \"""make_moons: two interleaving half circles, scaled into [-1, 1] x [-0.5, 0.5].\"""
                random, zeros = JavaRandom(seed), n // 2
                points, labels = [], []

                def evenly(index, count):
                    return 0 if count == 1 else math.pi * index / (count - 1)

                for i in range(n):
                    label = label_of(i, n)
                    if label == 0:
                        angle = evenly(i, zeros)
                        x1, x2 = math.cos(angle), math.sin(angle)
                    else:
                        angle = evenly(i - zeros, n - zeros)
                        x1, x2 = 1 - math.cos(angle), 0.5 - math.sin(angle)
                    x1 += noise * random.next_gaussian()
                    x2 += noise * random.next_gaussian()
                    points.append(((x1 - 0.5) / 1.5, (x2 - 0.25) / 1.5))
                    labels.append(label)
                return shuffled(points, labels, random)
            """;

    private PythonPoints() {}

    /** The generator cell: {@code JavaRandom}, the shape's function and {@code train_test_split}. */
    static String of(Toy2dKind kind) {
        String shape =
                switch (kind) {
                    case CIRCLE -> CIRCLE;
                    case XOR -> XOR;
                    case GAUSSIAN -> GAUSSIAN;
                    case SPIRAL -> SPIRAL;
                    case GAUSSIAN_QUANTILES -> GAUSSIAN_QUANTILES;
                    case MOONS -> MOONS;
                };
        return RANDOM + "\n\n" + shape;
    }

    /** The name of the shape's function, as the data section calls it. */
    static String function(Toy2dKind kind) {
        return kind.key();
    }
}
