package dev.neurona.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of a request (Spanish unless the learner chose English) and its messages. */
@RequestScoped
public class Ui {

    static final String LANGUAGE_COOKIE = "neurona_lang";
    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final Locale ENGLISH = Locale.ENGLISH;

    @Inject HttpHeaders headers;

    public Locale locale() {
        Cookie cookie = headers.getCookies().get(LANGUAGE_COOKIE);
        return locale(cookie == null ? null : cookie.getValue());
    }

    /** The language a {@value #LANGUAGE_COOKIE} cookie value (or its absence) stands for. */
    static Locale locale(String languageCookie) {
        return "en".equals(languageCookie) ? ENGLISH : SPANISH;
    }

    public AppMessages msg() {
        return messages(locale());
    }

    /** The classroom pages' messages in the request's language. */
    public ClassroomMessages classroom() {
        return classroomMessages(locale());
    }

    static ClassroomMessages classroomMessages(Locale locale) {
        return MessageBundles.get(
                ClassroomMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    public TemplateInstance localize(TemplateInstance instance) {
        return localize(instance, locale());
    }

    static TemplateInstance localize(TemplateInstance instance, Locale locale) {
        return instance.setAttribute("locale", locale).data("lang", locale.getLanguage());
    }

    /** A notice box (an error when {@code error}) in the request's language. */
    String notice(String text, boolean error) {
        return localize(LessonTemplates.notice(text, error)).render();
    }

    static AppMessages messages(Locale locale) {
        return MessageBundles.get(AppMessages.class, Localized.Literal.of(locale.getLanguage()));
    }
}
