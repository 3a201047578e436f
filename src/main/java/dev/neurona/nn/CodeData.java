package dev.neurona.nn;

import java.math.BigDecimal;

/** The names the lessons give each dataset's arrays, so generated code reads like the lesson it comes from. */
record CodeData(String trainX, String trainY, String testX, String testY) {

    /** Python names: lesson 1.4 for MNIST, 3.2/3.6 for IMDB and Reuters, 3.8 for Boston, 1.12 for generated points. */
    static CodeData keras(String dataset) {
        return switch (dataset) {
            case "mnist", "fashion-mnist" ->
                    new CodeData("train_images", "train_labels", "test_images", "test_labels");
            case "boston" ->
                    new CodeData("train_data", "train_targets", "test_data", "test_targets");
            default -> new CodeData("x_train", "y_train", "x_test", "y_test");
        };
    }

    /** Java names, as the lessons' DL4J blocks write them. */
    static CodeData java(String dataset) {
        return dataset.equals("mnist") || dataset.equals("fashion-mnist")
                ? new CodeData("trainImages", "trainLabels", "testImages", "testLabels")
                : new CodeData("xTrain", "yTrain", "xTest", "yTest");
    }

    /**
     * A decimal computed from a learner's value, printed as they would write it: {@code 1 − 0.7} is
     * 0.3 here, where double arithmetic would print 0.30000000000000004.
     */
    static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String retainProbability(double dropout) {
        return decimal(BigDecimal.ONE.subtract(BigDecimal.valueOf(dropout)));
    }

    /** See NetworkFactory: DL4J's L2 term is half Keras's, so its coefficient is doubled. */
    static String dl4jL2(double l2) {
        return decimal(BigDecimal.valueOf(l2).multiply(BigDecimal.valueOf(2)));
    }

    /**
     * Whether k leaves rows over, which {@link Holdout#fold} gives to the last fold while the lesson's
     * slicing would train on them in every fold; generated points count as unknown.
     */
    static boolean foldsLeaveRowsOver(NetworkSpec spec) {
        if (spec.playground().isPresent()) {
            return true;
        }
        return DatasetShape.of(spec.dataset())
                .map(shape -> shape.trainExamples() % spec.folds() != 0)
                .orElse(true);
    }
}
