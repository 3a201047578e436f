package dev.neurona.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the classroom pages (instructor, joining, the dashboard); {@code messages/cls_en.properties} has the English ones. */
@MessageBundle(value = "cls", locale = "es")
public interface ClassroomMessages {

    @Message("Docente")
    String instructor();

    @Message("Unirse a una clase")
    String joinTitle();

    @Message(
            "Escribe el código que te ha dado tu docente y el nombre con el que quieres aparecer en la clase.")
    String joinIntro();

    @Message("Código de la clase")
    String codeLabel();

    @Message("Tu nombre en la clase")
    String nameLabel();

    @Message("Unirme")
    String joinButton();

    @Message("Ya estás en la clase «{className}» como {name}")
    String joinedTitle(String className, String name);

    @Message("Tu PIN personal")
    String pinLabel();

    @Message(
            "Apúntalo: con el código de la clase, tu nombre y este PIN puedes seguir desde otro dispositivo. No lo volveremos a mostrar.")
    String pinHelp();

    @Message("Ir al curso")
    String goToCourse();

    @Message("¿Ya te uniste desde otro dispositivo?")
    String haveJoined();

    @Message("Entrar con mi PIN")
    String signInTitle();

    @Message(
            "Con el código de la clase, tu nombre y tu PIN recuperas tu progreso en este dispositivo.")
    String signInIntro();

    @Message("PIN")
    String pinField();

    @Message("Entrar")
    String signInButton();

    @Message("¿Es tu primera vez? Únete a la clase")
    String firstTime();

    @Message("¿Eres docente?")
    String areYouInstructor();

    @Message("Acceso de docente")
    String loginTitle();

    @Message("Usuario")
    String usernameLabel();

    @Message("Contraseña")
    String passwordLabel();

    @Message("Repite la contraseña")
    String passwordAgainLabel();

    @Message("Iniciar sesión")
    String loginButton();

    @Message("Cerrar sesión")
    String logoutButton();

    @Message("Configura la cuenta de docente")
    String setupTitle();

    @Message(
            "Esta instalación aún no tiene docente. El servidor ha escrito un código de configuración en su registro al arrancar: solo quien puede ver ese registro puede crear la cuenta.")
    String setupIntro();

    @Message("Código de configuración")
    String setupCodeLabel();

    @Message("Crear la cuenta")
    String setupButton();

    @Message("Esta página es solo para el docente.")
    String instructorOnly();

    @Message("Mis clases")
    String classesTitle();

    @Message("Nueva clase")
    String newClass();

    @Message("Nombre de la clase")
    String classNameLabel();

    @Message("Crear clase")
    String createClass();

    @Message("Aún no has creado ninguna clase.")
    String noClasses();

    @Message("{count} participantes")
    String learnerCount(int count);

    @Message("Abrir el panel")
    String openDashboard();

    // errors, one per ClassroomException reason
    @Message("Ya existe una cuenta de docente: inicia sesión.")
    String errAccountExists();

    @Message("Ese no es el código de configuración que escribió el servidor en su registro.")
    String errWrongSetupCode();

    @Message("Escribe un usuario de 1 a 64 caracteres.")
    String errBadUsername();

    @Message("La contraseña debe tener entre 10 y 72 caracteres.")
    String errWeakPassword();

    @Message("Las dos contraseñas no coinciden.")
    String errPasswordsDiffer();

    @Message("Usuario o contraseña incorrectos.")
    String errBadCredentials();

    @Message("Escribe un nombre de clase de 1 a 120 caracteres.")
    String errBadClassName();

    @Message("No hay ninguna clase con ese código. Revísalo: son 6 letras y números.")
    String errUnknownCode();

    @Message("Escribe un nombre de 1 a 40 caracteres visibles.")
    String errBadDisplayName();

    @Message(
            "Ya hay alguien con ese nombre en la clase: elige otro (por ejemplo, añade la inicial de tu apellido).")
    String errNameTaken();

    @Message("El código, el nombre o el PIN no coinciden.")
    String errWrongPin();

    @Message("Escribe un número entero positivo o deja el campo vacío.")
    String errBadLimit();

    @Message("Demasiados intentos seguidos. Espera un minuto y vuelve a probar.")
    String errTooManyAttempts();

    @Message("Objetivo:")
    String goalTitle();

    @Message("Cumplido: el servidor lo comprobó con tu entrenamiento y quedó registrado.")
    String goalMet();

    @Message("Aún no. Tu último entrenamiento se queda en")
    String goalNotYet();

    @Message(
            "El servidor lo comprueba con los resultados guardados de cada entrenamiento que termina.")
    String goalHelp();

    @Message("Escribe un mensaje de hasta 280 caracteres o elige una lección.")
    String errBadBroadcast();

    @Message("Esa lección no existe.")
    String errUnknownLesson();

    @Message("Escribe un número entero de al menos {min}, o deja el campo vacío para no limitar.")
    String errLimitBelow(int min);

    @Message("{count} entrenamientos fallidos seguidos")
    String flagFailures(int count);

    @Message("Sin actividad desde hace {minutes} min")
    String flagIdle(long minutes);

    @Message("Exportar CSV")
    String exportCsv();

    @Message("Código QR del enlace para unirse a la clase")
    String qrAlt();

    @Message("Límites de cada entrenamiento")
    String limitsTitle();

    @Message("Mensaje a la clase")
    String broadcastTitle();

    @Message("Entrenamientos en marcha y en cola")
    String runsTitle();

    @Message("Progreso por lección")
    String rosterTitle();

    @Message("Mejores resultados por ejercicio")
    String leaderboardTitle();

    @Message(
            "Se aplican a los entrenamientos nuevos de esta clase. Deja un campo vacío para usar el límite del servidor.")
    String limitsHelp();

    @Message("Máximo de épocas")
    String limitEpochs();

    @Message("Máximo de parámetros")
    String limitParameters();

    @Message("Tiempo máximo (s)")
    String limitWall();

    @Message("Ejemplos de entrenamiento")
    String limitRows();

    @Message("sin límite")
    String noLimit();

    @Message("Guardar límites")
    String saveLimits();

    @Message("Guardado")
    String limitsSaved();

    @Message("Mensaje (hasta 280 caracteres)")
    String broadcastText();

    @Message("Pedir que abran la lección")
    String broadcastLesson();

    @Message("Enviar a la clase")
    String broadcastSend();

    @Message("Enviado")
    String broadcastSent();

    @Message("Participante")
    String learnerCol();

    @Message("Entrenamientos")
    String runsCol();

    @Message("Objetivos")
    String goalsCol();

    @Message("Atención")
    String flagCol();

    @Message("lección visitada")
    String visitedMark();

    @Message("objetivo cumplido")
    String goalMark();

    @Message("mejor puntuación del quiz")
    String quizMark();

    @Message("Aún no se ha unido nadie. Comparte el código o el QR.")
    String noLearners();

    @Message("Aún no hay entrenamientos terminados.")
    String noFinishedRuns();

    @Message("Tu docente:")
    String fromInstructor();

    @Message("Ir a la lección {id}")
    String goToLesson(String id);

    @Message("trabajadores")
    String loadWorkers();

    @Message("en marcha")
    String loadRunning();

    @Message("en cola")
    String loadQueued();

    @Message("Ejercicio")
    String exerciseCol();

    @Message("Estado")
    String stateCol();

    @Message("Progreso")
    String progressCol();

    @Message("Detener")
    String cancelRun();

    @Message("Entrenando")
    String stateRunning();

    @Message("Diverge (NaN o pérdida disparada)")
    String diverging();

    @Message("Nadie de la clase está entrenando ahora.")
    String noActiveRuns();

    @Message("{running} de {workers} trabajadores ocupados")
    String loadBusy(int running, int workers);

    @Message("En cola ({position}.º)")
    String stateQueued(int position);

    @Message("¿Detener el entrenamiento de {name}?")
    String cancelConfirm(String name);

    @Message("Mi progreso")
    String meTitle();

    @Message("Estás en la clase «{className}» como {name}.")
    String meInClass(String name, String className);

    @Message("Estudias por tu cuenta. ¿Tienes un código de clase?")
    String meSelfStudy();

    @Message("lecciones visitadas")
    String meLessons();

    @Message("quizzes hechos")
    String meQuizzes();

    @Message("entrenamientos")
    String meRuns();

    @Message("Ver las curvas")
    String openCurves();

    @Message("Todos tus entrenamientos")
    String meAllRuns();

    @Message("objetivos cumplidos")
    String meGoals();
}
