package dev.neurona.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The Qute templates of the classroom pages: joining, the instructor's access and classes, the dashboard. */
@Singleton
public class ClassroomViews {

    @Inject
    @Location("classroom/join.html")
    Template join;

    @Inject
    @Location("classroom/join-form.html")
    Template joinForm;

    @Inject
    @Location("classroom/joined.html")
    Template joined;

    @Inject
    @Location("classroom/signin-form.html")
    Template signInForm;

    @Inject
    @Location("classroom/instructor-access.html")
    Template instructorAccess;

    @Inject
    @Location("classroom/instructor-form.html")
    Template instructorForm;

    @Inject
    @Location("classroom/classes.html")
    Template classes;

    @Inject
    @Location("classroom/class-form.html")
    Template classForm;

    @Inject
    @Location("classroom/dashboard.html")
    Template dashboard;

    @Inject
    @Location("classroom/limits-form.html")
    Template limitsForm;

    @Inject
    @Location("classroom/broadcast-form.html")
    Template broadcastForm;

    @Inject
    @Location("classroom/dash-roster.html")
    Template dashRoster;

    @Inject
    @Location("classroom/dash-leaderboard.html")
    Template dashLeaderboard;

    @Inject
    @Location("classroom/dash-runs.html")
    Template dashRuns;

    @Inject
    @Location("classroom/dash-load.html")
    Template dashLoad;

    @Inject
    @Location("classroom/banner.html")
    Template banner;

    @Inject
    @Location("classroom/banner-message.html")
    Template bannerMessage;

    @Inject
    @Location("classroom/me.html")
    Template me;
}
