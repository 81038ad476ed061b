package dev.nextcall.ui.shell;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/** The stylesheets of each area: the shared palette first, then the area's own. */
public final class Stylesheets {

    private Stylesheets() {
    }

    public static List<String> forArea(String area) {
        List<String> sheets = new ArrayList<>();
        add(sheets, "/dev/nextcall/ui/theme.css");
        add(sheets, "/dev/nextcall/ui/" + area + "/" + area + ".css");
        return sheets;
    }

    private static void add(List<String> sheets, String path) {
        URL url = Stylesheets.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + path);
        }
        sheets.add(url.toExternalForm());
    }
}
