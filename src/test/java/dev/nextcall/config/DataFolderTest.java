package dev.nextcall.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the data lives: NEXTCALL_HOME, else the platform's convention. */
class DataFolderTest {

    @Test
    void nextcallHomeWins() {
        assertThat(DataFolder.resolve(Map.of("NEXTCALL_HOME", "/data/nc", "XDG_DATA_HOME", "/x"), "Linux", "/home/r").root())
                .isEqualTo(Path.of("/data/nc"));
    }

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DataFolder.resolve(Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/r").root())
                .isEqualTo(Path.of("/x/nextcall"));
        assertThat(DataFolder.resolve(Map.of(), "Linux", "/home/r").root())
                .isEqualTo(Path.of("/home/r/.local/share/nextcall"));
        assertThat(DataFolder.resolve(Map.of("NEXTCALL_HOME", " "), "Linux", "/home/r").root())
                .isEqualTo(Path.of("/home/r/.local/share/nextcall"));
    }

    @Test
    void macOsAndWindowsFollowTheirConventions() {
        assertThat(DataFolder.resolve(Map.of(), "Mac OS X", "/Users/r").root())
                .isEqualTo(Path.of("/Users/r/Library/Application Support/NextCall"));
        assertThat(DataFolder.resolve(Map.of("APPDATA", "/appdata"), "Windows 11", "/users/r").root())
                .isEqualTo(Path.of("/appdata/NextCall"));
    }

    @Test
    void namesTheContractsFiles() {
        DataFolder folder = new DataFolder(Path.of("/d"));
        assertThat(folder.historyDatabase()).isEqualTo(Path.of("/d/history.db"));
        assertThat(folder.settingsFile()).isEqualTo(Path.of("/d/settings.json"));
        assertThat(folder.localCalendar()).isEqualTo(Path.of("/d/calendar.ics"));
        assertThat(folder.invites()).isEqualTo(Path.of("/d/invites"));
        assertThat(folder.subscriptions()).isEqualTo(Path.of("/d/subscriptions"));
        assertThat(folder.logs()).isEqualTo(Path.of("/d/logs"));
    }
}
