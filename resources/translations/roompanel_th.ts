<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../qml/RoomPanel/Banner.qml" line="47"/>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="72"/>
        <source>Ringing</source>
        <translation>สายเรียกเข้า</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="73"/>
        <source>On hold</source>
        <translation>พักสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="74"/>
        <source>Calling</source>
        <translation>กำลังโทร</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="75"/>
        <source>Talking</source>
        <translation>กำลังสนทนา</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="86"/>
        <source>Talking to %1 before handing %2 over</source>
        <translation>กำลังคุยกับ %1 ก่อนโอน %2</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="94"/>
        <source>via %1</source>
        <translation>ผ่าน %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="95"/>
        <source>extension %1</source>
        <translation>เบอร์ภายใน %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="95"/>
        <source>muted</source>
        <translation>ปิดเสียง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="112"/>
        <source>Hand over</source>
        <translation>โอนสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="121"/>
        <source>All three</source>
        <translation>คุยสามสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="129"/>
        <source>Back to %1</source>
        <translation>กลับหา %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="147"/>
        <source>Answer</source>
        <translation>รับสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="147"/>
        <source>Let through</source>
        <translation>อนุญาต</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="157"/>
        <source>Resume</source>
        <translation>รับสายต่อ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="157"/>
        <source>Hold</source>
        <translation>พักสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="166"/>
        <source>Unmute</source>
        <translation>เปิดเสียง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="166"/>
        <source>Mute</source>
        <translation>ปิดเสียง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="175"/>
        <source>Transfer</source>
        <translation>โอนสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="184"/>
        <source>Hang up</source>
        <translation>วางสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="184"/>
        <source>Refuse</source>
        <translation>ปฏิเสธ</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="16"/>
        <source>answered</source>
        <translation>รับสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="17"/>
        <source>missed</source>
        <translation>ไม่ได้รับ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="18"/>
        <source>busy</source>
        <translation>สายไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="19"/>
        <source>failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="20"/>
        <source>voicemail</source>
        <translation>ฝากข้อความ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="38"/>
        <source>Talk first, then hand %1 to:</source>
        <translation>คุยก่อน แล้วโอน %1 ไปยัง:</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="39"/>
        <source>Add to the call with %1:</source>
        <translation>เพิ่มเข้าสายกับ %1:</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="46"/>
        <source>Available</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="47"/>
        <source>Away</source>
        <translation>ไม่อยู่</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="48"/>
        <source>Business trip</source>
        <translation>เดินทางไปทำงาน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="49"/>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="125"/>
        <source>Do not disturb</source>
        <translation>ห้ามรบกวน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="50"/>
        <source>At lunch</source>
        <translation>พักกลางวัน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="51"/>
        <source>Off work</source>
        <translation>เลิกงาน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="57"/>
        <source>Phone offline</source>
        <translation>โทรศัพท์ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="58"/>
        <source>In a call</source>
        <translation>กำลังสนทนา</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="59"/>
        <source>Ringing</source>
        <translation>กำลังเรียกเข้า</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="60"/>
        <source>Phone ready</source>
        <translation>โทรศัพท์พร้อมใช้</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="97"/>
        <source>Calls</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="104"/>
        <source>Not on the PBX: %1. Calls to it cannot be shown: check this room&apos;s extensions in the configuration.</source>
        <translation>ไม่มีใน PBX: %1 จึงแสดงสายของหมายเลขนี้ไม่ได้ โปรดตรวจสอบหมายเลขภายในของห้องนี้ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="126"/>
        <source>Changing…</source>
        <translation>กำลังเปลี่ยน…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="127"/>
        <source>On</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="127"/>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="189"/>
        <source>Call status unavailable</source>
        <translation>ไม่ทราบสถานะการโทร</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="201"/>
        <source>Transfer now</source>
        <translation>โอนทันที</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="208"/>
        <source>Talk first</source>
        <translation>คุยก่อนโอน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="215"/>
        <source>Add to call</source>
        <translation>เพิ่มในสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="223"/>
        <source>Park</source>
        <translation>จอดสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="278"/>
        <source>No calls</source>
        <translation>ไม่มีสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="287"/>
        <source>Recent calls</source>
        <translation>สายล่าสุด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="317"/>
        <source>No calls since the panel started</source>
        <translation>ยังไม่มีการโทรตั้งแต่เปิดแผงควบคุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="40"/>
        <source>Transfer %1 to:</source>
        <translation>โอนสาย %1 ไปยัง:</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="250"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="348"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="350"/>
        <source>Transfer</source>
        <translation>โอนสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="351"/>
        <source>Calling…</source>
        <translation>กำลังโทร…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="349"/>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="351"/>
        <source>Call</source>
        <translation>โทร</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="54"/>
        <source>Conference</source>
        <translation>ประชุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="64"/>
        <source>Live</source>
        <comment>a conference in session</comment>
        <translation>กำลังประชุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="65"/>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="65"/>
        <source>Waiting</source>
        <translation>รอเริ่ม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="67"/>
        <source>Locked</source>
        <translation>ล็อกแล้ว</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="67"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="69"/>
        <source>All muted</source>
        <translation>ปิดเสียงทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="69"/>
        <source>Sound on</source>
        <translation>เสียงเปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="71"/>
        <source>● Recording</source>
        <translation>● กำลังบันทึก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="71"/>
        <source>Not recording</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="88"/>
        <source>How to join by phone</source>
        <translation>วิธีเข้าร่วมทางโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="115"/>
        <source>Dial %1</source>
        <translation>โทร %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="117"/>
        <source>extension %1</source>
        <translation>หมายเลขภายใน %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="119"/>
        <source>PIN %1</source>
        <translation>PIN %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="135"/>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="146"/>
        <source>“Muted” marks the mutes sent from this panel.</source>
        <translation>“ปิดเสียง” คือการปิดเสียงที่สั่งจากแผงนี้</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="156"/>
        <source>This room&apos;s conference is not available: %1</source>
        <translation>การประชุมของห้องนี้ใช้ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="166"/>
        <source>Not up to date: %1</source>
        <translation>ไม่เป็นปัจจุบัน: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="211"/>
        <source>muted</source>
        <translation>ปิดเสียง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="229"/>
        <source>Unmute</source>
        <translation>เปิดเสียง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="229"/>
        <source>Mute</source>
        <translation>ปิดเสียง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="240"/>
        <source>Main tile</source>
        <translation>ช่องหลัก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="248"/>
        <source>Make chair</source>
        <translation>ตั้งเป็นประธาน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="255"/>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="469"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="268"/>
        <source>Nobody is in the conference</source>
        <translation>ไม่มีผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="280"/>
        <source>Unmute all</source>
        <translation>เปิดเสียงทุกคน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="280"/>
        <source>Mute all</source>
        <translation>ปิดเสียงทุกคน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="287"/>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="287"/>
        <source>Lock</source>
        <translation>ล็อก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="294"/>
        <source>Invite…</source>
        <translation>เชิญ…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="301"/>
        <source>Stop recording</source>
        <translation>หยุดบันทึก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="301"/>
        <source>Record</source>
        <translation>บันทึกเสียง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="313"/>
        <source>Recordings: %1</source>
        <translation>ไฟล์บันทึก: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="329"/>
        <source>Video tiles</source>
        <translation>จำนวนช่องวิดีโอ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="359"/>
        <source>‹ Participants</source>
        <translation>‹ ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="366"/>
        <source>Invite</source>
        <translation>เชิญ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="399"/>
        <source>Wrong PIN</source>
        <translation>PIN ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="399"/>
        <source>Admin PIN to show how to join</source>
        <translation>ใส่ PIN ผู้ดูแลเพื่อดูวิธีเข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="423"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="424"/>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="451"/>
        <source>Remove %1 from the conference?</source>
        <translation>นำ %1 ออกจากการประชุม?</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="408"/>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="463"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ControlsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="157"/>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="30"/>
        <source>Presets</source>
        <translation>พรีเซ็ต</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="53"/>
        <source>This room has no presets.</source>
        <translation>ห้องนี้ไม่มีพรีเซ็ต</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="212"/>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="83"/>
        <source>Automations</source>
        <translation>ระบบอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="97"/>
        <source>No automations.</source>
        <translation>ไม่มีระบบอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="213"/>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="104"/>
        <source>Auto-routing</source>
        <translation>เส้นทางอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="118"/>
        <source>No auto-routing.</source>
        <translation>ไม่มีเส้นทางอัตโนมัติ</translation>
    </message>
</context>
<context>
    <name>DeviceChip</name>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="30"/>
        <source>Idle</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="31"/>
        <source>Casting</source>
        <translation>กำลังแคสต์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="32"/>
        <source>Meeting ringing</source>
        <translation>มีสายประชุมเข้า</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="33"/>
        <source>In a meeting</source>
        <translation>กำลังประชุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="34"/>
        <source>Whiteboard</source>
        <translation>ไวท์บอร์ด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="35"/>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="63"/>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="63"/>
        <source>Cast code</source>
        <translation>รหัสแคสต์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="86"/>
        <source>Not available</source>
        <translation>ใช้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="87"/>
        <source>Not updating</source>
        <translation>ไม่อัปเดต</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="18"/>
        <source>Yealink central control</source>
        <translation>ระบบควบคุมกลาง Yealink</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="19"/>
        <source>Yeastar PBX</source>
        <translation>Yeastar PBX</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="20"/>
        <source>PortSIP conference server</source>
        <translation>เซิร์ฟเวอร์ประชุม PortSIP</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="21"/>
        <source>DingTalk</source>
        <translation>DingTalk</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="28"/>
        <source>Answering</source>
        <translation>ตอบสนองปกติ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="29"/>
        <source>Failing</source>
        <translation>ขัดข้อง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="30"/>
        <source>Not signed in</source>
        <translation>ไม่ได้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="31"/>
        <source>Not used yet</source>
        <translation>ยังไม่ได้ใช้</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="37"/>
        <source>the environment (EnvironmentFile)</source>
        <translation>ตัวแปรสภาพแวดล้อม (EnvironmentFile)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="38"/>
        <source>the configuration file (0600)</source>
        <translation>ไฟล์การตั้งค่า (0600)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="39"/>
        <source>the OS keyring</source>
        <translation>keyring ของระบบ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="45"/>
        <source>the OS keyring is locked</source>
        <translation>keyring ของระบบถูกล็อก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="46"/>
        <source>the OS keyring could not be read</source>
        <translation>อ่าน keyring ของระบบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="47"/>
        <source>the OS keyring did not answer</source>
        <translation>keyring ของระบบไม่ตอบสนอง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="48"/>
        <source>there is no OS keyring</source>
        <translation>ไม่มี keyring ของระบบ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="49"/>
        <source>not in the OS keyring</source>
        <translation>ไม่มีใน keyring ของระบบ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="60"/>
        <source>Secrets from %1</source>
        <translation>ข้อมูลลับจาก %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="62"/>
        <source>Missing: %1 (%2)</source>
        <translation>ไม่มี: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="81"/>
        <source>roompanel %1</source>
        <translation>roompanel %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="90"/>
        <source>Write support bundle</source>
        <translation>สร้างไฟล์สำหรับฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="97"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="107"/>
        <source>Could not write the support bundle: %1</source>
        <translation>สร้างไฟล์สำหรับฝ่ายสนับสนุนไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="109"/>
        <source>Support bundle written to %1</source>
        <translation>สร้างไฟล์สำหรับฝ่ายสนับสนุนที่ %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="184"/>
        <source>Its secret is missing, so the panel does not sign in to it. Set %1 (EnvironmentFile= in the systemd unit) or enter it in the settings.</source>
        <translation>ไม่มีข้อมูลลับของบริการนี้ แผงจึงไม่เข้าสู่ระบบ โปรดตั้ง %1 (EnvironmentFile= ใน systemd unit) หรือใส่ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="194"/>
        <source>Last answer: %1 · median latency: %2 · requests: %3, failed: %4</source>
        <translation>ตอบล่าสุด: %1 · หน่วงเวลามัธยฐาน: %2 · คำขอ: %3, ล้มเหลว: %4</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="207"/>
        <source>Last error (%1): %2</source>
        <translation>ข้อผิดพลาดล่าสุด (%1): %2</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="218"/>
        <source>Not available here: %1</source>
        <translation>ใช้ไม่ได้ที่นี่: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="228"/>
        <source>Its certificate is not checked (verify_tls = false): anyone on the network path could pose as this service.</source>
        <translation>ไม่ได้ตรวจใบรับรอง (verify_tls = false): ผู้ที่อยู่บนเส้นทางเครือข่ายอาจปลอมเป็นบริการนี้ได้</translation>
    </message>
</context>
<context>
    <name>DisplayCard</name>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="53"/>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="62"/>
        <source>Showing: %1</source>
        <translation>กำลังแสดง: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="75"/>
        <source>Show here</source>
        <translation>แสดงที่นี่</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="84"/>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="96"/>
        <source>Volume</source>
        <translation>ระดับเสียง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="151"/>
        <source>Sound on</source>
        <translation>เสียงเปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="151"/>
        <source>Muted</source>
        <translation>ปิดเสียงแล้ว</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="170"/>
        <source>Routed source</source>
        <translation>แหล่งสัญญาณที่จัดเส้นทาง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="178"/>
        <source>Its own HDMI</source>
        <translation>HDMI ของจอนี้</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="193"/>
        <source>Display on</source>
        <translation>เปิดจอ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="201"/>
        <source>Display off</source>
        <translation>ปิดจอ</translation>
    </message>
</context>
<context>
    <name>DisplaysPage</name>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="50"/>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="63"/>
        <source>Volume and sound are not available: %1</source>
        <translation>ปรับเสียงไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="72"/>
        <source>Tap a source above, then “Show here” on a display.</source>
        <translation>แตะแหล่งสัญญาณด้านบน แล้วแตะ “แสดงที่นี่” บนจอ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="73"/>
        <source>Now tap “Show here” on a display.</source>
        <translation>แตะ “แสดงที่นี่” บนจอที่ต้องการ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="106"/>
        <source>No displays.</source>
        <translation>ไม่มีจอแสดงผล</translation>
    </message>
</context>
<context>
    <name>FreshnessStrip</name>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="38"/>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="38"/>
        <source>Not up to date</source>
        <translation>ไม่เป็นปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="121"/>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="39"/>
        <source>Showing the last known state from %1.</source>
        <translation>แสดงสถานะล่าสุดเมื่อ %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="40"/>
        <source>Nothing could be read yet.</source>
        <translation>ยังอ่านข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="120"/>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="42"/>
        <source>Not confirmed yet</source>
        <translation>ยังไม่ได้ยืนยัน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="123"/>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="42"/>
        <source>Confirming…</source>
        <translation>กำลังยืนยัน…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="43"/>
        <source>Retrying…</source>
        <translation>กำลังลองใหม่…</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="28"/>
        <source>‹ Rooms</source>
        <translation>‹ ห้อง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="61"/>
        <source>Choose a room</source>
        <translation>เลือกห้อง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="62"/>
        <location filename="../../qml/RoomPanel/Header.qml" line="125"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="64"/>
        <source>Room panel</source>
        <translation>แผงควบคุมห้อง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="64"/>
        <location filename="../../qml/RoomPanel/Header.qml" line="95"/>
        <source>Panels</source>
        <translation>แผงควบคุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="95"/>
        <source>Panels (%1 offline)</source>
        <translation>แผงควบคุม (ออฟไลน์ %1)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="63"/>
        <source>Diagnostics</source>
        <translation>วินิจฉัย</translation>
    </message>
</context>
<context>
    <name>IncomingCallAlert</name>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="32"/>
        <source>Call waiting for you to let it through: %1</source>
        <translation>สายรอให้คุณอนุญาต: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="33"/>
        <source>Incoming call from %1</source>
        <translation>สายเรียกเข้าจาก %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="51"/>
        <source>Answer</source>
        <translation>รับสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="51"/>
        <source>Let through</source>
        <translation>อนุญาต</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="59"/>
        <source>Decline</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="59"/>
        <source>Refuse</source>
        <translation>ปฏิเสธ</translation>
    </message>
</context>
<context>
    <name>LinkChip</name>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="33"/>
        <source>Live</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="34"/>
        <source>Stale</source>
        <translation>ข้อมูลเก่า</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="35"/>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="90"/>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="36"/>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="36"/>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
</context>
<context>
    <name>MacroButton</name>
    <message>
        <location filename="../../qml/RoomPanel/MacroButton.qml" line="76"/>
        <source>Working…</source>
        <translation>กำลังทำงาน…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MacroButton.qml" line="77"/>
        <source>✓ Done</source>
        <translation>✓ เสร็จ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MacroButton.qml" line="78"/>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/RoomPanel/Main.qml" line="15"/>
        <source>%1 – Room panel</source>
        <translation>%1 – แผงควบคุมห้อง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Main.qml" line="15"/>
        <source>Room panel</source>
        <translation>แผงควบคุมห้อง</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message>
        <location filename="../../qml/RoomPanel/MatrixCell.qml" line="18"/>
        <source>Not routed</source>
        <translation>ไม่ได้ส่งสัญญาณ</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../qml/RoomPanel/MatrixPage.qml" line="32"/>
        <source>Tap a cell to route. Tap a routed cell to remove it.</source>
        <translation>แตะช่องเพื่อส่งสัญญาณ แตะช่องที่ส่งอยู่เพื่อยกเลิก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MatrixPage.qml" line="52"/>
        <source>Source ↓  Display →</source>
        <translation>แหล่ง ↓  จอ →</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MatrixPage.qml" line="119"/>
        <source>No sources or displays.</source>
        <translation>ไม่มีแหล่งสัญญาณหรือจอ</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="34"/>
        <source>%1 s</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="37"/>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="40"/>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="42"/>
        <source>%1 d %2 h</source>
        <translation>%1 วัน %2 ชม.</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="48"/>
        <source>the control service</source>
        <translation>ระบบควบคุม</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="49"/>
        <source>the PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="50"/>
        <source>the conference server</source>
        <translation>เซิร์ฟเวอร์ประชุม</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="51"/>
        <source>DingTalk</source>
        <translation>DingTalk</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="52"/>
        <source>the site hub</source>
        <translation>ฮับของอาคาร</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="60"/>
        <source>connection refused</source>
        <translation>ถูกปฏิเสธการเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="61"/>
        <source>no connection could be made</source>
        <translation>เชื่อมต่อไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="62"/>
        <source>the connection was dropped</source>
        <translation>การเชื่อมต่อขาดหาย</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="63"/>
        <source>not JSON</source>
        <translation>ไม่ใช่ JSON</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="64"/>
        <source>no reason given</source>
        <translation>ไม่ระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="68"/>
        <source>its certificate is not trusted: %1</source>
        <translation>ใบรับรองไม่น่าเชื่อถือ: %1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="88"/>
        <source>Cannot reach %1 (%2)</source>
        <translation>ติดต่อ%1ไม่ได้ (%2)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="90"/>
        <source>The panel is shutting down</source>
        <translation>แผงกำลังปิดตัว</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="91"/>
        <source>%1 did not answer in time</source>
        <translation>%1ไม่ตอบภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="92"/>
        <source>%1 failed (%2)</source>
        <translation>%1ขัดข้อง (%2)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="94"/>
        <source>%1 is busy and asked the panel to wait (%2)</source>
        <translation>%1ไม่ว่างและขอให้แผงรอ (%2)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="96"/>
        <source>%1 sent an unreadable answer (not JSON)</source>
        <translation>%1ส่งคำตอบที่อ่านไม่ได้ (ไม่ใช่ JSON)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="98"/>
        <source>%1 sent an unexpected answer (%2)</source>
        <translation>%1ส่งคำตอบที่ไม่คาดคิด (%2)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="100"/>
        <source>%1 refused: %2</source>
        <translation>%1ปฏิเสธ: %2</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="102"/>
        <source>%1 refused the panel&apos;s login (%2)</source>
        <translation>%1ปฏิเสธการเข้าสู่ระบบของแผง (%2)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="104"/>
        <source>%1 refused the app credentials (%2)</source>
        <translation>%1ปฏิเสธข้อมูลรับรองของแอป (%2)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="106"/>
        <source>%1 refused the panel&apos;s login; next attempt in %2 s</source>
        <translation>%1ปฏิเสธการเข้าสู่ระบบของแผง จะลองอีกครั้งใน %2 วินาที</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="108"/>
        <source>%1 session had expired; please try again</source>
        <translation>เซสชันของ%1หมดอายุ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="110"/>
        <source>%1 refused the panel&apos;s sign-in</source>
        <translation>%1ปฏิเสธการลงชื่อเข้าใช้ของแผง</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="112"/>
        <source>The devices did not report their settings in time</source>
        <translation>อุปกรณ์ไม่รายงานการตั้งค่าภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="114"/>
        <source>Reading %1 stopped unexpectedly (%2); restarting</source>
        <translation>การอ่าน%1หยุดโดยไม่คาดคิด (%2) กำลังเริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="116"/>
        <source>%1 sent an answer too large to read (%2)</source>
        <translation>%1ส่งคำตอบที่ใหญ่เกินกว่าจะอ่านได้ (%2)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="118"/>
        <source>%1 sent its answer too slowly</source>
        <translation>%1ส่งคำตอบช้าเกินไป</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="119"/>
        <source>%1 does not offer this to the panel (%2)</source>
        <translation>%1ไม่เปิดให้แผงใช้ส่วนนี้ (%2)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="121"/>
        <source>%1 is offline (%2)</source>
        <translation>%1ออฟไลน์ (%2)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="123"/>
        <source>%1 has not confirmed this for %2 min</source>
        <translation>%1ไม่ได้ยืนยันข้อมูลนี้มา %2 นาที</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="125"/>
        <source>%1 asks this account for a second sign-in factor; give the panel an account without two-factor sign-in</source>
        <translation>%1ขอการยืนยันตัวตนขั้นที่สองจากบัญชีนี้ โปรดให้แผงใช้บัญชีที่ไม่เปิดการยืนยันสองขั้น</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="137"/>
        <source>Change notifications interrupted: %1</source>
        <translation>การแจ้งเตือนการเปลี่ยนแปลงหยุดชะงัก: %1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="144"/>
        <source>%1. Retrying…</source>
        <translation>%1 กำลังลองใหม่…</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="146"/>
        <source>Room list not updated: %1</source>
        <translation>ไม่ได้อัปเดตรายชื่อห้อง: %1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="149"/>
        <source>Connecting to the control service…</source>
        <translation>กำลังเชื่อมต่อระบบควบคุม…</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="150"/>
        <source>The control service lists no rooms.</source>
        <translation>ระบบควบคุมไม่มีห้องใดในรายการ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="156"/>
        <source>Conferences</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="157"/>
        <source>Volume and sound of displays</source>
        <translation>ระดับเสียงและเสียงของจอ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="158"/>
        <source>Meeting devices</source>
        <translation>อุปกรณ์ห้องประชุม</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="163"/>
        <source>Room “%1” is not on the control service. Choose a room.</source>
        <translation>ไม่มีห้อง “%1” ในระบบควบคุม โปรดเลือกห้อง</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="168"/>
        <source>Cannot set the display&apos;s backlight at %1 (see the log)</source>
        <translation>ตั้งค่าไฟหลังจอที่ %1 ไม่ได้ (ดูบันทึก)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="174"/>
        <source>Could not switch “%1” on</source>
        <translation>เปิด “%1” ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="175"/>
        <source>Could not switch “%1” off</source>
        <translation>ปิด “%1” ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="180"/>
        <source>Could not mute everyone</source>
        <translation>ปิดเสียงทุกคนไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="181"/>
        <source>Could not unmute everyone</source>
        <translation>เปิดเสียงทุกคนไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="182"/>
        <source>Could not lock the conference</source>
        <translation>ล็อกการประชุมไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="183"/>
        <source>Could not unlock the conference</source>
        <translation>ปลดล็อกการประชุมไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="184"/>
        <source>Could not start recording</source>
        <translation>เริ่มบันทึกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="185"/>
        <source>Could not stop recording</source>
        <translation>หยุดบันทึกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="191"/>
        <source>Could not mute %1</source>
        <translation>ปิดเสียง %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="192"/>
        <source>Could not unmute %1</source>
        <translation>เปิดเสียง %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="193"/>
        <source>Could not make %1 the chairman</source>
        <translation>ตั้ง %1 เป็นประธานไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="194"/>
        <source>Could not remove %1</source>
        <translation>นำ %1 ออกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="195"/>
        <source>Could not put %1 on the main tile</source>
        <translation>ย้าย %1 ไปช่องหลักไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="201"/>
        <source>Could not hang up the call with %1</source>
        <translation>วางสายกับ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="202"/>
        <source>Could not hold the call with %1</source>
        <translation>พักสายกับ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="203"/>
        <source>Could not resume the call with %1</source>
        <translation>กลับไปคุยกับ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="204"/>
        <source>Could not mute the call with %1</source>
        <translation>ปิดเสียงสายกับ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="205"/>
        <source>Could not unmute the call with %1</source>
        <translation>เปิดเสียงสายกับ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="206"/>
        <source>The room&apos;s phone could not answer the call from %1</source>
        <translation>โทรศัพท์ของห้องรับสายจาก %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="207"/>
        <source>Could not park the call with %1</source>
        <translation>จอดสายกับ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="208"/>
        <source>Could not complete the transfer of %1</source>
        <translation>โอนสาย %1 ให้เสร็จไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="209"/>
        <source>Could not cancel the transfer of %1</source>
        <translation>ยกเลิกการโอนสาย %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="210"/>
        <source>Could not join %1 and the consulted party</source>
        <translation>รวม %1 กับผู้ที่ปรึกษาเป็นสามสายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="211"/>
        <source>Could not switch back to %1</source>
        <translation>สลับกลับไปหา %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="220"/>
        <source>“%1” failed</source>
        <translation>“%1” ล้มเหลว</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="222"/>
        <source>Routing %1 to %2 failed</source>
        <translation>ส่ง %1 ไปยัง %2 ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="224"/>
        <source>Clearing %1 failed</source>
        <translation>ล้าง %1 ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="226"/>
        <source>Removing %1 from %2 failed</source>
        <translation>นำ %1 ออกจาก %2 ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="228"/>
        <source>The route to %1 was accepted but has not taken effect yet</source>
        <translation>รับคำสั่งส่งสัญญาณไปยัง %1 แล้ว แต่ยังไม่มีผล</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="231"/>
        <source>%1 is offline and cannot be routed</source>
        <translation>%1 ออฟไลน์ จึงส่งสัญญาณไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="233"/>
        <source>%1 and %2 are in different device groups</source>
        <translation>%1 และ %2 อยู่คนละกลุ่มอุปกรณ์</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="236"/>
        <source>Preset “%1” failed</source>
        <translation>พรีเซ็ต “%1” ล้มเหลว</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="238"/>
        <source>USB routing mode not changed</source>
        <translation>ไม่ได้เปลี่ยนโหมดเส้นทาง USB</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="239"/>
        <source>Switch USB routing to Manual to choose USB hosts</source>
        <translation>เปลี่ยนเส้นทาง USB เป็นแบบกำหนดเองเพื่อเลือกโฮสต์ USB</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="241"/>
        <source>USB routing to %1 failed</source>
        <translation>ส่ง USB ไปยัง %1 ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="243"/>
        <source>Audio of %1 not changed</source>
        <translation>ไม่ได้เปลี่ยนเสียงของ %1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="245"/>
        <source>%1 is offline</source>
        <translation>%1 ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="248"/>
        <source>%1: “display on” sent</source>
        <translation>%1: ส่งคำสั่ง “เปิดจอ” แล้ว</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="249"/>
        <source>%1: “display off” sent</source>
        <translation>%1: ส่งคำสั่ง “ปิดจอ” แล้ว</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="250"/>
        <source>%1 did not take the command</source>
        <translation>%1 ไม่รับคำสั่ง</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="253"/>
        <source>Could not switch %1 to its own HDMI input</source>
        <translation>สลับ %1 ไปใช้ช่อง HDMI ของตัวเองไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="255"/>
        <source>Could not switch %1 back to the network source</source>
        <translation>สลับ %1 กลับไปใช้แหล่งสัญญาณจากเครือข่ายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="257"/>
        <source>Could not transfer the call with %1 to %2</source>
        <translation>โอนสายของ %1 ไปยัง %2 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="259"/>
        <source>Could not add %2 to the call with %1</source>
        <translation>เพิ่ม %2 เข้าสายกับ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="261"/>
        <source>%1 is parked on %2: dial %2 to pick it up</source>
        <translation>จอดสาย %1 ไว้ที่ %2: โทร %2 เพื่อรับสาย</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="263"/>
        <source>Could not change the status of phone %1</source>
        <translation>เปลี่ยนสถานะโทรศัพท์ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="265"/>
        <source>Could not call %1</source>
        <translation>โทรหา %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="267"/>
        <source>Call to %1 failed: %2</source>
        <translation>โทรหา %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="269"/>
        <source>The host (%1) left conference %2</source>
        <translation>ผู้จัด (%1) ออกจากการประชุม %2 แล้ว</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="272"/>
        <source>Could not change the layout</source>
        <translation>เปลี่ยนเลย์เอาต์ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="273"/>
        <source>Could not invite %1</source>
        <translation>เชิญ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="285"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/conference.py" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../../qml/RoomPanel/NumberPad.qml" line="17"/>
        <source>Number</source>
        <translation>หมายเลข</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 วินาที</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="vanished">%1 นาที</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="vanished">%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="vanished">%1 วัน %2 ชม.</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="37"/>
        <source>Room panel</source>
        <translation>แผงควบคุมห้อง</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="38"/>
        <source>Presenter kiosk</source>
        <translation>คีออสก์ผู้นำเสนอ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="39"/>
        <source>Operator console</source>
        <translation>คอนโซลผู้ดูแล</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="44"/>
        <source>Room overview</source>
        <translation>ภาพรวมห้อง</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="45"/>
        <source>Panels</source>
        <translation>แผงควบคุม</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="46"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="47"/>
        <source>Diagnostics</source>
        <translation>การวินิจฉัย</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="48"/>
        <source>Starting</source>
        <translation>กำลังเริ่ม</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="48"/>
        <source>No room shown</source>
        <translation>ไม่ได้แสดงห้องใด</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="53"/>
        <source>Awake</source>
        <translation>ทำงาน</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="53"/>
        <source>Dimmed</source>
        <translation>หรี่จอ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="54"/>
        <source>Screensaver</source>
        <translation>พักหน้าจอ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="55"/>
        <source>Screen off (outside hours)</source>
        <translation>ปิดจอ (นอกเวลา)</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="128"/>
        <source>Waiting for the site&apos;s broker…</source>
        <translation>กำลังรอโบรกเกอร์ของไซต์…</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="130"/>
        <source>No panel has reported to the site yet.</source>
        <translation>ยังไม่มีแผงควบคุมใดรายงานต่อไซต์</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="134"/>
        <source>All %1 panels online</source>
        <translation>แผงควบคุมทั้ง %1 เครื่องออนไลน์</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="135"/>
        <source>%1 of %2 panels offline</source>
        <translation>แผงควบคุม %1 จาก %2 เครื่องออฟไลน์</translation>
    </message>
</context>
<context>
    <name>PanelsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/PanelsPage.qml" line="37"/>
        <source>May be out of date: %1</source>
        <translation>อาจไม่เป็นปัจจุบัน: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PanelsPage.qml" line="138"/>
        <source>Offline for %1</source>
        <translation>ออฟไลน์มา %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PanelsPage.qml" line="139"/>
        <source>Up %1</source>
        <translation>ทำงานมา %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PanelsPage.qml" line="163"/>
        <source>Panels appear here as they connect to the site&apos;s broker.</source>
        <translation>แผงควบคุมจะแสดงที่นี่เมื่อเชื่อมต่อกับโบรกเกอร์ของไซต์</translation>
    </message>
</context>
<context>
    <name>Pbx</name>
    <message>
        <location filename="../../app/viewmodels/pbx_status.py" line="28"/>
        <source>registration failed</source>
        <translation>ลงทะเบียนไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pbx_status.py" line="28"/>
        <source>unreachable</source>
        <translation>ติดต่อไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pbx_status.py" line="29"/>
        <source>account unavailable</source>
        <translation>บัญชีใช้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pbx_status.py" line="29"/>
        <source>disabled</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pbx_status.py" line="30"/>
        <source>down (state %1)</source>
        <translation>ใช้ไม่ได้ (สถานะ %1)</translation>
    </message>
</context>
<context>
    <name>PresetsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="36"/>
        <source>Route presets</source>
        <translation>พรีเซ็ตเส้นทาง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="90"/>
        <source>Applying…</source>
        <translation>กำลังใช้…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="91"/>
        <source>✓ Applied</source>
        <translation>✓ ใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="112"/>
        <source>No route presets.</source>
        <translation>ไม่มีพรีเซ็ตเส้นทาง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="125"/>
        <source>Automatic routing</source>
        <translation>การส่งสัญญาณอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="140"/>
        <source>No automatic routing groups.</source>
        <translation>ไม่มีกลุ่มส่งสัญญาณอัตโนมัติ</translation>
    </message>
</context>
<context>
    <name>RoomPicker</name>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="17"/>
        <source>Ringing</source>
        <translation>สายเรียกเข้า</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="18"/>
        <source>Talking</source>
        <translation>กำลังสนทนา</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="19"/>
        <source>On hold</source>
        <translation>พักสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="20"/>
        <source>Calling</source>
        <translation>กำลังโทร</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="39"/>
        <source>Filter rooms (Ctrl+F)</source>
        <translation>ค้นหาห้อง (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="84"/>
        <source>No room matches “%1”</source>
        <translation>ไม่พบห้องที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="116"/>
        <source>Trunk down: %1</source>
        <translation>ทรังก์ขัดข้อง: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="142"/>
        <source>Parked calls</source>
        <translation>สายที่จอดไว้</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="150"/>
        <source>Parked calls cannot be shown: the PBX does not offer them to this panel.</source>
        <translation>แสดงสายที่จอดไว้ไม่ได้: PBX ไม่เปิดให้แผงควบคุมนี้ดู</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="165"/>
        <source>%1 waits on %2 (parked by %3)</source>
        <translation>%1 รออยู่ที่ %2 (จอดโดย %3)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="180"/>
        <source>Calls in all rooms</source>
        <translation>การโทรทุกห้อง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="235"/>
        <source>No calls</source>
        <translation>ไม่มีสาย</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="135"/>
        <location filename="../../app/viewmodels/pages.py" line="29"/>
        <source>Controls</source>
        <translation>ควบคุม</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="31"/>
        <source>Calls</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="33"/>
        <source>Conference</source>
        <translation>ประชุม</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="35"/>
        <source>Matrix</source>
        <translation>เมทริกซ์</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="37"/>
        <source>Displays</source>
        <translation>จอแสดงผล</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="39"/>
        <source>Presets</source>
        <translation>พรีเซ็ต</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="41"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomScreen.qml" line="69"/>
        <source>Sources and displays not up to date — %1. Retrying…</source>
        <translation>แหล่งสัญญาณและจอไม่เป็นปัจจุบัน — %1 กำลังลองใหม่…</translation>
    </message>
</context>
<context>
    <name>RoomTile</name>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="26"/>
        <source>Ringing</source>
        <translation>สายเรียกเข้า</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="27"/>
        <source>In a call</source>
        <translation>กำลังสนทนา</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="28"/>
        <source>Call on hold</source>
        <translation>พักสาย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="29"/>
        <source>Calling…</source>
        <translation>กำลังโทร…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="73"/>
        <source>Phone offline</source>
        <translation>โทรศัพท์ออฟไลน์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="73"/>
        <source>Do not disturb</source>
        <translation>ห้ามรบกวน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="81"/>
        <source>Conference live</source>
        <translation>ประชุมอยู่</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="89"/>
        <source>Offline: %1</source>
        <translation>ออฟไลน์: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="97"/>
        <source>Automations %1/%2 on</source>
        <translation>อัตโนมัติ เปิด %1/%2</translation>
    </message>
</context>
<context>
    <name>RpRoutingViewModel</name>
    <message>
        <location filename="../../app/viewmodels/routing.py" line="141"/>
        <source>Tap a source first, then the display</source>
        <translation>แตะแหล่งสัญญาณก่อน แล้วแตะจอ</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="51"/>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="80"/>
        <source>On</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="51"/>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="73"/>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="167"/>
        <source>Room panel</source>
        <translation>แผงควบคุมห้อง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="168"/>
        <source>Presenter kiosk</source>
        <translation>คีออสก์ผู้นำเสนอ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="169"/>
        <source>Operator console</source>
        <translation>คอนโซลผู้ควบคุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="170"/>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="171"/>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="172"/>
        <source>High contrast</source>
        <translation>คอนทราสต์สูง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="173"/>
        <source>Always on</source>
        <translation>เปิดตลอด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="174"/>
        <source>Set hours</source>
        <translation>ตั้งเวลา</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="19"/>
        <source>Runs as</source>
        <translation>โหมดการทำงาน</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="20"/>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="21"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="22"/>
        <source>Theme</source>
        <translation>ธีม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="23"/>
        <source>Large text</source>
        <translation>ตัวอักษรใหญ่</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="24"/>
        <source>Dim after (seconds, 0 = never)</source>
        <translation>หรี่จอหลัง (วินาที, 0 = ไม่หรี่)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="25"/>
        <source>Screensaver after (seconds, 0 = never)</source>
        <translation>พักหน้าจอหลัง (วินาที, 0 = ไม่พัก)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="26"/>
        <source>Brightness (%)</source>
        <translation>ความสว่าง (%)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="27"/>
        <source>Screen</source>
        <translation>หน้าจอ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="28"/>
        <source>Monday</source>
        <translation>วันจันทร์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="29"/>
        <source>Tuesday</source>
        <translation>วันอังคาร</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="30"/>
        <source>Wednesday</source>
        <translation>วันพุธ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="31"/>
        <source>Thursday</source>
        <translation>วันพฤหัสบดี</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="32"/>
        <source>Friday</source>
        <translation>วันศุกร์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="33"/>
        <source>Saturday</source>
        <translation>วันเสาร์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="34"/>
        <source>Sunday</source>
        <translation>วันอาทิตย์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="35"/>
        <source>Control service address</source>
        <translation>ที่อยู่ระบบควบคุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="36"/>
        <source>Control service client ID</source>
        <translation>Client ID ระบบควบคุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="37"/>
        <source>Control service client secret</source>
        <translation>Client secret ระบบควบคุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="38"/>
        <source>Check the certificate</source>
        <translation>ตรวจใบรับรอง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="39"/>
        <source>PBX address</source>
        <translation>ที่อยู่ PBX</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="40"/>
        <source>PBX client ID</source>
        <translation>Client ID ของ PBX</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="41"/>
        <source>PBX client secret</source>
        <translation>Client secret ของ PBX</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="42"/>
        <source>Conference server address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์ประชุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="43"/>
        <source>Conference server user</source>
        <translation>ผู้ใช้เซิร์ฟเวอร์ประชุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="44"/>
        <source>Conference server password</source>
        <translation>รหัสผ่านเซิร์ฟเวอร์ประชุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="45"/>
        <source>DingTalk app key</source>
        <translation>App key ของ DingTalk</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="46"/>
        <source>DingTalk app secret</source>
        <translation>App secret ของ DingTalk</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="47"/>
        <source>DingTalk operator union ID</source>
        <translation>Union ID ผู้ดูแล DingTalk</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="48"/>
        <source>Broker address (mqtt:// or mqtts://)</source>
        <translation>ที่อยู่โบรกเกอร์ (mqtt:// หรือ mqtts://)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="49"/>
        <source>Site name</source>
        <translation>ชื่อไซต์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="50"/>
        <source>Broker user</source>
        <translation>ผู้ใช้โบรกเกอร์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="51"/>
        <source>Broker password</source>
        <translation>รหัสผ่านโบรกเกอร์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="52"/>
        <source>This panel&apos;s name on the site</source>
        <translation>ชื่อของแผงควบคุมนี้ในไซต์</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="59"/>
        <source>Panel</source>
        <translation>แผงควบคุม</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="60"/>
        <source>Display schedule (the screen is off outside these hours)</source>
        <translation>เวลาเปิดจอ (นอกเวลานี้จอจะปิด)</translation>
    </message>
    <message>
        <source>Yealink central control</source>
        <translation type="vanished">ระบบควบคุมกลาง Yealink</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="61"/>
        <source>Yealink central control (leave blank on a site hub)</source>
        <translation>ระบบควบคุมกลาง Yealink (เว้นว่างเมื่อใช้ฮับของไซต์)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="62"/>
        <source>Yeastar PBX (leave blank if none)</source>
        <translation>Yeastar PBX (เว้นว่างถ้าไม่มี)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="63"/>
        <source>PortSIP conference server (leave blank if none)</source>
        <translation>เซิร์ฟเวอร์ประชุม PortSIP (เว้นว่างถ้าไม่มี)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="64"/>
        <source>DingTalk meeting devices (leave blank if none)</source>
        <translation>อุปกรณ์ประชุม DingTalk (เว้นว่างถ้าไม่มี)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="65"/>
        <source>Site hub (instead of the services above; blank if none)</source>
        <translation>ฮับของไซต์ (ใช้แทนบริการด้านบน เว้นว่างถ้าไม่มี)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="72"/>
        <source>Not saved: %1</source>
        <translation>ไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="74"/>
        <source>Could not save: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="76"/>
        <source>The panel could not start: %1</source>
        <translation>แผงควบคุมเริ่มทำงานไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="78"/>
        <source>Not tested: %1 is kept in the OS keyring, which could not be read. Enter it again to test.</source>
        <translation>ยังไม่ได้ทดสอบ: %1 เก็บไว้ใน keyring ของระบบซึ่งอ่านไม่ได้ กรอกใหม่อีกครั้งเพื่อทดสอบ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="81"/>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="82"/>
        <source>Saved. Restart the panel to use the new connections.</source>
        <translation>บันทึกแล้ว เริ่มแผงใหม่เพื่อใช้การเชื่อมต่อใหม่</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="83"/>
        <source>Every service answered.</source>
        <translation>ทุกบริการตอบสนอง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="84"/>
        <source>Some services did not answer: see below.</source>
        <translation>บางบริการไม่ตอบสนอง: ดูด้านล่าง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="85"/>
        <source>New PIN set: it takes effect when you save.</source>
        <translation>ตั้ง PIN ใหม่แล้ว: มีผลเมื่อบันทึก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="86"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>PIN ต้องมีอย่างน้อย 4 หลัก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="102"/>
        <source>Enter the admin PIN</source>
        <translation>ใส่ PIN ผู้ดูแล</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="103"/>
        <source>No admin PIN is set yet</source>
        <translation>ยังไม่ได้ตั้ง PIN ผู้ดูแล</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="116"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>ใส่ PIN ผิดหลายครั้ง ลองใหม่ใน %1 วินาที</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="117"/>
        <source>Wrong PIN.</source>
        <translation>PIN ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="130"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="131"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="140"/>
        <source>Open settings and set a PIN</source>
        <translation>เปิดการตั้งค่าและตั้ง PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="152"/>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="207"/>
        <source>Diagnostics</source>
        <translation>วินิจฉัย</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="159"/>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="214"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="178"/>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="185"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="194"/>
        <source>Restart now</source>
        <translation>เริ่มใหม่เดี๋ยวนี้</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="201"/>
        <source>Change PIN…</source>
        <translation>เปลี่ยน PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="223"/>
        <source>Welcome. Enter the control service&apos;s address and credentials (and the other services&apos;, if the room has them), choose the room, set an admin PIN, then Save.</source>
        <translation>ยินดีต้อนรับ ใส่ที่อยู่และข้อมูลรับรองของระบบควบคุม (และบริการอื่นถ้าห้องนี้มี) เลือกห้อง ตั้ง PIN ผู้ดูแล แล้วกดบันทึก</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="290"/>
        <source>Saved to %1; secrets in the system keyring.</source>
        <translation>บันทึกที่ %1; ข้อมูลลับอยู่ใน keyring ของระบบ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="291"/>
        <source>Saved to %1 (readable by this user only).</source>
        <translation>บันทึกที่ %1 (ผู้ใช้นี้อ่านได้เท่านั้น)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="313"/>
        <source>New admin PIN (4 digits or more)</source>
        <translation>PIN ผู้ดูแลใหม่ (4 หลักขึ้นไป)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="326"/>
        <source>New PIN</source>
        <translation>PIN ใหม่</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="327"/>
        <source>Set PIN</source>
        <translation>ตั้ง PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="337"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>SignalPicker</name>
    <message>
        <location filename="../../qml/RoomPanel/SignalPicker.qml" line="15"/>
        <source>Audio + Video</source>
        <translation>เสียง + ภาพ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SignalPicker.qml" line="16"/>
        <source>Video</source>
        <translation>ภาพ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SignalPicker.qml" line="17"/>
        <source>Audio</source>
        <translation>เสียง</translation>
    </message>
</context>
<context>
    <name>SwitchRow</name>
    <message>
        <location filename="../../qml/RoomPanel/SwitchRow.qml" line="51"/>
        <source>Switching…</source>
        <translation>กำลังสลับ…</translation>
    </message>
</context>
<context>
    <name>UsbPage</name>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="27"/>
        <source>USB follows video</source>
        <translation>USB ตามภาพ</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="67"/>
        <source>USB from %1</source>
        <translation>USB จาก %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="67"/>
        <source>no USB host</source>
        <translation>ไม่มีโฮสต์ USB</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="85"/>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="114"/>
        <source>USB follows the video routes. Switch it off to choose USB hosts by hand.</source>
        <translation>USB ตามเส้นทางภาพ ปิดเพื่อเลือกโฮสต์ USB เอง</translation>
    </message>
</context>
</TS>
