package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.nn.SpecField;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The form shows a field for every setting its description places in it, where the learner may change it. */
class ExerciseFormTest {

    private static ExerciseForm everythingEditable(String dataset, Set<String> except) {
        Set<String> editable = new HashSet<>(SpecField.keys());
        editable.removeAll(except);
        return ExerciseForm.initial(new ExerciseDefinition("x", "9.9", dataset, Map.of("hidden", "8 relu"), editable));
    }

    private static List<String> keys(List<ExerciseForm.Field> fields) {
        return fields.stream().map(ExerciseForm.Field::key).toList();
    }

    private static List<String> placed(SpecField.Placement... placements) {
        List<SpecField.Placement> wanted = List.of(placements);
        return Arrays.stream(SpecField.values()).filter(f -> wanted.contains(f.placement())).map(SpecField::key).toList();
    }

    @Test
    void everySettingPlacedInTheFormHasAField() {
        ExerciseForm form = everythingEditable("playground", Set.of());
        assertEquals(placed(SpecField.Placement.OUTPUT), keys(form.outputFields()));
        List<String> data = keys(form.dataFields());
        data.forEach(key -> assertTrue(placed(SpecField.Placement.DATA).contains(key), key));
        assertEquals(placed(SpecField.Placement.DATA).stream().filter(k -> !data.contains(k)).toList(), List.of("features"),
                "only the features are not a typed field: they are checkboxes");
        assertFalse(form.featureChoices().isEmpty());
        List<String> fit = form.fitFields().stream().map(ExerciseForm.Field::key).collect(Collectors.toList());
        form.flags().forEach(flag -> fit.add(flag.key()));
        List<String> expected = placed(SpecField.Placement.FIT, SpecField.Placement.FIT_WHEN_USED).stream()
                .filter(key -> !key.equals("validation_split")).toList();
        assertEquals(Set.copyOf(expected), Set.copyOf(fit), "a plane exercise has no validation split to choose");
    }

    @Test
    void theValidationSplitShowsWhereNoOtherHoldOutDoes() {
        ExerciseForm form = everythingEditable("mnist", Set.of("validation_first", "kfold"));
        List<String> fit = keys(form.fitFields());
        assertTrue(fit.contains("validation_split"), fit.toString());
        assertFalse(fit.contains("kfold"), "a setting the lesson neither opens nor sets stays hidden");
        assertEquals(List.of("learning_rate", "epochs", "batch_size", "validation_split", "seed", "dropout", "l1", "l2", "patience"),
                fit, "the description's order");
        assertFalse(keys(everythingEditable("mnist", Set.of()).fitFields()).contains("validation_split"),
                "one way of holding out at a time");
    }

    @Test
    void fieldsCarryTheirLabelChoicesAndEditability() {
        ExerciseForm form = everythingEditable("mnist", Set.of("loss"));
        ExerciseForm.Field loss = form.outputFields().get(1);
        assertEquals("loss", loss.label());
        assertTrue(loss.choice());
        assertFalse(loss.editable());
        assertTrue(loss.choices().contains("categorical_crossentropy"));
        ExerciseForm.Field rate = form.fitFields().get(0);
        assertEquals("learningRate", rate.label());
        assertFalse(rate.choice());
        assertTrue(rate.editable());
    }

    @Test
    void everyLabelIsAMessageOfTheBundle() throws NoSuchMethodException {
        for (SpecField field : SpecField.values()) {
            assertEquals(String.class, AppMessages.class.getMethod(field.label()).getReturnType(), field.key());
        }
    }
}
