pragma Singleton
import QtQuick

// Every colour and size the views use; views never hard-code their own.
QtObject {
    id: theme

    // Set from the panel's settings: "dark" | "light" | "high_contrast", and larger text.
    property string name: "dark"
    property bool largeText: false

    // One colour in each theme: dark, light, high contrast.
    function pick(dark: color, light: color, contrast: color): color {
        return theme.name === "light" ? light : theme.name === "high_contrast" ? contrast : dark
    }

    // Surfaces
    readonly property color background: pick("#0f1419", "#eef1f5", "#000000")
    readonly property color surface: pick("#1a2129", "#ffffff", "#161616")
    readonly property color surfaceRaised: pick("#242d38", "#e2e7ee", "#2a2a2a")
    readonly property color surfacePressed: pick("#2f3b49", "#c9d2dd", "#404040")
    readonly property color divider: pick("#313c48", "#c4ccd6", "#ffffff")
    // The screensaver and the dimmed panel: dark in every theme, dim grey text.
    readonly property color screensaverBackground: "#000000"
    readonly property color screensaverText: "#c8ced6"
    readonly property color screensaverTextMuted: "#8a939e"
    readonly property real dimOpacity: 0.65
    readonly property color pressShade: Qt.rgba(0, 0, 0, 0.25)
    readonly property color scrim: Qt.rgba(0, 0, 0, theme.name === "high_contrast" ? 0.85 : 0.6)

    // Text
    readonly property color text: pick("#eef2f6", "#111820", "#ffffff")
    readonly property color textMuted: pick("#9aa7b4", "#4f5d6b", "#e0e0e0")
    readonly property color textOnAccent: pick("#ffffff", "#ffffff", "#000000")

    // Meaning
    readonly property color accent: pick("#2f81f7", "#1f6feb", "#ffd400")
    readonly property color live: pick("#2ea043", "#1a7f37", "#00ff66")
    readonly property color stale: pick("#d29922", "#9a6700", "#ffb000")
    readonly property color offline: pick("#f85149", "#cf222e", "#ff4040")
    readonly property color pending: pick("#58a6ff", "#0969da", "#00e5ff")
    readonly property color success: pick("#3fb950", "#1a7f37", "#00ff66")
    readonly property color danger: pick("#f85149", "#cf222e", "#ff4040")
    readonly property color info: pick("#2f81f7", "#0969da", "#00e5ff")

    // Sizes
    readonly property real textScale: theme.largeText ? 1.2 : 1.0
    readonly property int touchTarget: 48
    readonly property int spacing: 16
    readonly property int spacingSmall: 8
    readonly property int radius: 14
    readonly property int headerHeight: 76
    readonly property int switchRowHeight: 64
    readonly property int macroButtonHeight: 112
    readonly property int tabHeight: 56
    readonly property int matrixCellWidth: 104
    readonly property int matrixCellHeight: 64
    readonly property int matrixHeaderWidth: 180
    // A normal border, and one that marks a state (ringing, pending, applied): the strong one
    // stays two pixels wider in every theme, so it still stands out in high contrast.
    readonly property int borderWidth: theme.name === "high_contrast" ? 2 : 1
    readonly property int borderWidthStrong: theme.borderWidth + 2

    // Route signals in the matrix
    readonly property color signalAudioVideo: pick("#2f81f7", "#1f6feb", "#ffd400")
    readonly property color signalVideo: pick("#1f9e89", "#0f7b6c", "#00e5ff")
    readonly property color signalAudio: pick("#8957e5", "#8250df", "#ff66ff")

    readonly property int fontHuge: Math.round(30 * theme.textScale)
    readonly property int fontLarge: Math.round(22 * theme.textScale)
    readonly property int fontNormal: Math.round(18 * theme.textScale)
    readonly property int fontSmall: Math.round(15 * theme.textScale)
    readonly property int fontTiny: Math.round(12 * theme.textScale)

    // One family list for Latin, Thai and Chinese text alike.
    readonly property string fontFamily: "Noto Sans"

    function signalColor(signal: string): color {
        switch (signal) {
        case "Audio/Video": return signalAudioVideo
        case "Video": return signalVideo
        case "Audio": return signalAudio
        default: return surface
        }
    }

    function signalShort(signal: string): string {
        switch (signal) {
        case "Audio/Video": return "AV"
        case "Video": return "V"
        case "Audio": return "A"
        default: return ""
        }
    }

    function linkColor(link: string): color {
        switch (link) {
        case "live": return live
        case "stale": return stale
        case "offline": return offline
        default: return textMuted
        }
    }
}
