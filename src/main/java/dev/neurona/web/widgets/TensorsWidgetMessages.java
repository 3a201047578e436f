package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the tensors widget (lesson 2.1); English in {@code messages/wTensors_en.properties}. */
@MessageBundle(value = "wTensors", locale = "es")
public interface TensorsWidgetMessages {

    @Message("Explora la forma de un tensor")
    String title();

    @Message("Escribe un array como listas anidadas (igual que en NumPy) y mira cuántos ejes tiene, su forma y cuántos elementos guarda. Después cámbiale la forma con reshape o trasponlo.")
    String intro();

    @Message("Array x")
    String arrayLabel();

    @Message("Un número es un escalar; [1, 2, 3] es un vector; [[1, 2], [3, 4]] es una matriz.")
    String arrayHint();

    @Message("Ejemplos")
    String presets();

    @Message("Escalar")
    String scalar();

    @Message("Vector")
    String vector();

    @Message("Matriz")
    String matrix();

    @Message("Tensor 3-D")
    String tensor3();

    @Message("número de ejes")
    String ndimHelp();

    @Message("elementos por eje")
    String shapeHelp();

    @Message("elementos en total")
    String sizeHelp();

    @Message("Un escalar: un solo número, sin ejes.")
    String describeScalar();

    @Message("Un vector de %n %elements.")
    String describeVector();

    @Message("Una matriz de %rows %rowWord y %cols %colWord.")
    String describeMatrix();

    @Message("Un tensor 3-D: %n %matrixWord de %rows × %cols.")
    String describeTensor3();

    @Message("elemento")
    String elementOne();

    @Message("elementos")
    String elementMany();

    @Message("fila")
    String rowOne();

    @Message("filas")
    String rowMany();

    @Message("columna")
    String columnOne();

    @Message("columnas")
    String columnMany();

    @Message("matriz")
    String matrixOne();

    @Message("matrices")
    String matrixMany();

    @Message("Un tensor de %n ejes.")
    String describeTensor();

    @Message("No es un array válido: usa números, comas y corchetes, como [[1, 2], [3, 4]].")
    String errSyntax();

    @Message("Las listas de un mismo nivel deben tener la misma forma: aquí hay una de %a y otra de %b.")
    String errRagged();

    @Message("Un nivel mezcla números y listas: todos sus elementos deben ser del mismo tipo.")
    String errMixed();

    @Message("Como máximo %max elementos en este ejemplo.")
    String errTooBig();

    @Message("Nueva forma")
    String shapeLabel();

    @Message("Enteros separados por comas, como (2, 4); uno puede ser -1 y se calcula solo.")
    String shapeHint();

    @Message("Aplicar reshape")
    String reshape();

    @Message("Traspuesta (.T)")
    String transpose();

    @Message("La traspuesta se muestra para arrays 2-D: intercambia filas y columnas.")
    String transposeHint();

    @Message("no se puede: %size elementos no caben en una forma %shape de %target")
    String errDoesNotFit();

    @Message("no se puede: %size elementos no se pueden repartir en una forma %shape, porque %size no es múltiplo de %known")
    String errNotDivisible();

    @Message("Solo una dimensión puede ser -1.")
    String errTwoUnknown();

    @Message("Escribe la forma como enteros positivos separados por comas, por ejemplo (2, 4).")
    String errShapeSyntax();

    @Message("Resultado")
    String result();

    @Message("Los elementos se leen fila a fila, en el mismo orden: reshape no los mueve, solo cambia cómo se agrupan.")
    String reshapeNote();

    @Message("La traspuesta sí cambia el orden: la fila i pasa a ser la columna i.")
    String transposeNote();

    @Message("Usar el resultado como x")
    String useResult();

    @Message("Corrige el array para ver su forma.")
    String fixArray();

    @Message("Demasiados elementos para dibujarlos.")
    String tooManyToDraw();

    @Message("Dibujo de los elementos del array agrupados según su forma")
    String drawingLabel();
}
