pragma Singleton
import QtQuick

// Every colour and size the views use; views never hard-code their own.
QtObject {
    // Surfaces
    readonly property color background: "#0f1419"
    readonly property color surface: "#1a2129"
    readonly property color surfaceRaised: "#242d38"
    readonly property color surfacePressed: "#2f3b49"
    readonly property color divider: "#313c48"

    // Text
    readonly property color text: "#eef2f6"
    readonly property color textMuted: "#9aa7b4"
    readonly property color textOnAccent: "#ffffff"

    // Meaning
    readonly property color accent: "#2f81f7"
    readonly property color live: "#2ea043"
    readonly property color stale: "#d29922"
    readonly property color offline: "#f85149"
    readonly property color pending: "#58a6ff"
    readonly property color success: "#3fb950"
    readonly property color danger: "#f85149"
    readonly property color info: "#2f81f7"

    // Sizes
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

    // Route signals in the matrix
    readonly property color signalAudioVideo: "#2f81f7"
    readonly property color signalVideo: "#1f9e89"
    readonly property color signalAudio: "#8957e5"

    readonly property int fontHuge: 30
    readonly property int fontLarge: 22
    readonly property int fontNormal: 18
    readonly property int fontSmall: 15
    readonly property int fontTiny: 12

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
