package dev.neurona.web;

import io.quarkus.qute.TemplateGlobal;

/** The version every template appends to our static file URLs, so a new release is never served stale from a browser cache. */
final class AssetVersion {

    private AssetVersion() {
    }

    @TemplateGlobal
    static String version = AssetVersion.class.getPackage().getImplementationVersion() != null
            ? AssetVersion.class.getPackage().getImplementationVersion() : Long.toString(System.currentTimeMillis(), 36);
}
