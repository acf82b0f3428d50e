package io.billingpilot.guide.view;

import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.FieldsetTag;

import java.util.List;

import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.fieldset;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.legend;
import static j2html.TagCreator.p;

/** Radio-button groups: a fieldset with a legend, one labelled radio per choice, optional hints. */
public final class Choices {
    /** One radio: its value, its label and an optional hint below it. */
    public record Choice(String value, String label, String hint) {
    }

    private Choices() {
    }

    public static FieldsetTag radios(String name, String legend, List<Choice> choices, String selected,
                                     DomContent... after) {
        return fieldset(legend(legend), each(choices, choice -> radio(name, choice, choice.value().equals(selected))),
                each(after)).withClass("choices");
    }

    static DivTag radio(String name, Choice choice, boolean checked) {
        String id = name + "-" + choice.value();
        String hintId = id + "-hint";
        var radio = input().withType("radio").withName(name).withId(id).withValue(choice.value()).withCondChecked(checked);
        if (choice.hint() != null) {
            radio.attr("aria-describedby", hintId);
        }
        return div(radio, label(choice.label()).withFor(id),
                choice.hint() == null ? null : p(choice.hint()).withId(hintId).withClass("hint"))
                .withClass("choice");
    }
}
