<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../qml/RoomPanel/Banner.qml" line="42"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="66"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="67"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="68"/>
        <source>Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="69"/>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="78"/>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="79"/>
        <source>extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="79"/>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="94"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="94"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="103"/>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="103"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="111"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="26"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="46"/>
        <source>Call status unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="67"/>
        <source>No calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="74"/>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="109"/>
        <source>Calling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="109"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="38"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="52"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="53"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="53"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="55"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="55"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="57"/>
        <source>All muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="57"/>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="59"/>
        <source>● Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="59"/>
        <source>Not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="88"/>
        <source>“Muted” marks the mutes sent from this panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="97"/>
        <source>Not up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="141"/>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="159"/>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="159"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="168"/>
        <source>Make chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="175"/>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="318"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="188"/>
        <source>Nobody is in the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="200"/>
        <source>Unmute all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="200"/>
        <source>Mute all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="207"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="207"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="214"/>
        <source>Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="221"/>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="221"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="258"/>
        <source>‹ Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="265"/>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="300"/>
        <source>Remove %1 from the conference?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="312"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="29"/>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="52"/>
        <source>This room has no presets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="82"/>
        <source>Automations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="96"/>
        <source>No automations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="103"/>
        <source>Auto-routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="117"/>
        <source>No auto-routing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceChip</name>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="43"/>
        <source>Cast code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayCard</name>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="54"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="63"/>
        <source>Showing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="76"/>
        <source>Show here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="85"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="97"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="152"/>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="152"/>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="168"/>
        <source>Display on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="176"/>
        <source>Display off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplaysPage</name>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="49"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="61"/>
        <source>Tap a source above, then “Show here” on a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="62"/>
        <source>Now tap “Show here” on a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="94"/>
        <source>No displays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreshnessStrip</name>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="35"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="35"/>
        <source>Not up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="36"/>
        <source>Showing the last known state from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="37"/>
        <source>Nothing could be read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="38"/>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="28"/>
        <source>‹ Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="48"/>
        <source>Choose a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="48"/>
        <source>Room panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingCallAlert</name>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="32"/>
        <source>Incoming call from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="42"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkChip</name>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="36"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="37"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="38"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="38"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroButton</name>
    <message>
        <location filename="../../qml/RoomPanel/MacroButton.qml" line="66"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MacroButton.qml" line="67"/>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MacroButton.qml" line="68"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/RoomPanel/Main.qml" line="15"/>
        <source>%1 – Room panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Main.qml" line="15"/>
        <source>Room panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message>
        <location filename="../../qml/RoomPanel/MatrixCell.qml" line="18"/>
        <source>Not routed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../qml/RoomPanel/MatrixPage.qml" line="31"/>
        <source>Tap a cell to route. Tap a routed cell to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MatrixPage.qml" line="51"/>
        <source>Source ↓  Display →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MatrixPage.qml" line="118"/>
        <source>No sources or displays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../../qml/RoomPanel/NumberPad.qml" line="34"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="35"/>
        <source>Route presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="72"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="73"/>
        <source>✓ Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="93"/>
        <source>No route presets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="106"/>
        <source>Automatic routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="121"/>
        <source>No automatic routing groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomPicker</name>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="76"/>
        <source>Calls in all rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="131"/>
        <source>No calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <location filename="../../qml/RoomPanel/RoomScreen.qml" line="35"/>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomScreen.qml" line="36"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomScreen.qml" line="38"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomScreen.qml" line="40"/>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomScreen.qml" line="41"/>
        <source>Displays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomScreen.qml" line="42"/>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomScreen.qml" line="43"/>
        <source>USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomScreen.qml" line="78"/>
        <source>Sources and displays not up to date — %1. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalPicker</name>
    <message>
        <location filename="../../qml/RoomPanel/SignalPicker.qml" line="15"/>
        <source>Audio + Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SignalPicker.qml" line="16"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SignalPicker.qml" line="17"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchRow</name>
    <message>
        <location filename="../../qml/RoomPanel/SwitchRow.qml" line="51"/>
        <source>Switching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbPage</name>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="26"/>
        <source>USB follows video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="66"/>
        <source>USB from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="66"/>
        <source>no USB host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="84"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="113"/>
        <source>USB follows the video routes. Switch it off to choose USB hosts by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
