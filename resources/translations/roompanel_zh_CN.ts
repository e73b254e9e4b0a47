<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../qml/RoomPanel/Banner.qml" line="47"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="72"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="73"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="74"/>
        <source>Calling</source>
        <translation>呼叫中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="75"/>
        <source>Talking</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="86"/>
        <source>Talking to %1 before handing %2 over</source>
        <translation>正在与 %1 通话，稍后转接 %2</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="94"/>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="95"/>
        <source>extension %1</source>
        <translation>分机 %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="95"/>
        <source>muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="112"/>
        <source>Hand over</source>
        <translation>完成转接</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="121"/>
        <source>All three</source>
        <translation>三方通话</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="129"/>
        <source>Back to %1</source>
        <translation>切回 %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="147"/>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="147"/>
        <source>Let through</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="157"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="157"/>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="166"/>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="166"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="175"/>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="184"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallCard.qml" line="184"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="16"/>
        <source>answered</source>
        <translation>已接听</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="17"/>
        <source>missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="18"/>
        <source>busy</source>
        <translation>忙线</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="19"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="20"/>
        <source>voicemail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="38"/>
        <source>Talk first, then hand %1 to:</source>
        <translation>先通话，再将 %1 转接到：</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="39"/>
        <source>Add to the call with %1:</source>
        <translation>加入与 %1 的通话：</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="46"/>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="47"/>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="48"/>
        <source>Business trip</source>
        <translation>出差</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="49"/>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="125"/>
        <source>Do not disturb</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="50"/>
        <source>At lunch</source>
        <translation>午餐中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="51"/>
        <source>Off work</source>
        <translation>下班</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="57"/>
        <source>Phone offline</source>
        <translation>电话离线</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="58"/>
        <source>In a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="59"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="60"/>
        <source>Phone ready</source>
        <translation>电话就绪</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="97"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="104"/>
        <source>Not on the PBX: %1. Calls to it cannot be shown: check this room&apos;s extensions in the configuration.</source>
        <translation>PBX 上没有：%1。无法显示其通话：请检查配置中本会议室的分机。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="126"/>
        <source>Changing…</source>
        <translation>切换中…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="127"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="127"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="189"/>
        <source>Call status unavailable</source>
        <translation>通话状态不可用</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="201"/>
        <source>Transfer now</source>
        <translation>直接转接</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="208"/>
        <source>Talk first</source>
        <translation>先通话</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="215"/>
        <source>Add to call</source>
        <translation>加入通话</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="223"/>
        <source>Park</source>
        <translation>停泊</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="278"/>
        <source>No calls</source>
        <translation>没有通话</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="287"/>
        <source>Recent calls</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="317"/>
        <source>No calls since the panel started</source>
        <translation>面板启动以来没有通话</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="40"/>
        <source>Transfer %1 to:</source>
        <translation>将 %1 转接到：</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="250"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="348"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="350"/>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="351"/>
        <source>Calling…</source>
        <translation>呼叫中…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="349"/>
        <location filename="../../qml/RoomPanel/CallsPage.qml" line="351"/>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="54"/>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="64"/>
        <source>Live</source>
        <comment>a conference in session</comment>
        <translation>会议中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="65"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="65"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="67"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="67"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="69"/>
        <source>All muted</source>
        <translation>全体静音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="69"/>
        <source>Sound on</source>
        <translation>有声音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="71"/>
        <source>● Recording</source>
        <translation>● 录制中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="71"/>
        <source>Not recording</source>
        <translation>未录制</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="88"/>
        <source>How to join by phone</source>
        <translation>电话入会方式</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="115"/>
        <source>Dial %1</source>
        <translation>拨打 %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="117"/>
        <source>extension %1</source>
        <translation>分机 %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="119"/>
        <source>PIN %1</source>
        <translation>密码 %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="135"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="146"/>
        <source>“Muted” marks the mutes sent from this panel.</source>
        <translation>“已静音”表示由本面板发出的静音。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="156"/>
        <source>This room&apos;s conference is not available: %1</source>
        <translation>该会议室的会议不可用：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="166"/>
        <source>Not up to date: %1</source>
        <translation>非最新：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="211"/>
        <source>muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="229"/>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="229"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="240"/>
        <source>Main tile</source>
        <translation>主画面</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="248"/>
        <source>Make chair</source>
        <translation>设为主席</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="255"/>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="469"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="268"/>
        <source>Nobody is in the conference</source>
        <translation>会议中没有人</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="280"/>
        <source>Unmute all</source>
        <translation>全体取消静音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="280"/>
        <source>Mute all</source>
        <translation>全体静音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="287"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="287"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="294"/>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="301"/>
        <source>Stop recording</source>
        <translation>停止录制</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="301"/>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="313"/>
        <source>Recordings: %1</source>
        <translation>录音：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="329"/>
        <source>Video tiles</source>
        <translation>视频画面数</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="359"/>
        <source>‹ Participants</source>
        <translation>‹ 参会者</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="366"/>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="399"/>
        <source>Wrong PIN</source>
        <translation>PIN 错误</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="399"/>
        <source>Admin PIN to show how to join</source>
        <translation>输入管理员 PIN 查看入会方式</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="423"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="424"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="451"/>
        <source>Remove %1 from the conference?</source>
        <translation>将 %1 移出会议？</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="408"/>
        <location filename="../../qml/RoomPanel/ConferencePage.qml" line="463"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ControlsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="157"/>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="30"/>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="53"/>
        <source>This room has no presets.</source>
        <translation>该会议室没有预设。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="212"/>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="83"/>
        <source>Automations</source>
        <translation>自动化</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="97"/>
        <source>No automations.</source>
        <translation>没有自动化。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="213"/>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="104"/>
        <source>Auto-routing</source>
        <translation>自动路由</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/ControlsPage.qml" line="118"/>
        <source>No auto-routing.</source>
        <translation>没有自动路由。</translation>
    </message>
</context>
<context>
    <name>DeviceChip</name>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="30"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="31"/>
        <source>Casting</source>
        <translation>投屏中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="32"/>
        <source>Meeting ringing</source>
        <translation>会议来电</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="33"/>
        <source>In a meeting</source>
        <translation>会议中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="34"/>
        <source>Whiteboard</source>
        <translation>白板</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="35"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="63"/>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="63"/>
        <source>Cast code</source>
        <translation>投屏码</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="86"/>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DeviceChip.qml" line="87"/>
        <source>Not updating</source>
        <translation>未更新</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="18"/>
        <source>Yealink central control</source>
        <translation>Yealink 中控</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="19"/>
        <source>Yeastar PBX</source>
        <translation>Yeastar PBX</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="20"/>
        <source>PortSIP conference server</source>
        <translation>PortSIP 会议服务器</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="21"/>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="28"/>
        <source>Answering</source>
        <translation>响应正常</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="29"/>
        <source>Failing</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="30"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="31"/>
        <source>Not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="37"/>
        <source>the environment (EnvironmentFile)</source>
        <translation>环境变量（EnvironmentFile）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="38"/>
        <source>the configuration file (0600)</source>
        <translation>配置文件（0600）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="39"/>
        <source>the OS keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="45"/>
        <source>the OS keyring is locked</source>
        <translation>系统钥匙串已锁定</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="46"/>
        <source>the OS keyring could not be read</source>
        <translation>无法读取系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="47"/>
        <source>the OS keyring did not answer</source>
        <translation>系统钥匙串无响应</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="48"/>
        <source>there is no OS keyring</source>
        <translation>没有系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="49"/>
        <source>not in the OS keyring</source>
        <translation>不在系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="60"/>
        <source>Secrets from %1</source>
        <translation>密钥来源：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="62"/>
        <source>Missing: %1 (%2)</source>
        <translation>缺少：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="81"/>
        <source>roompanel %1</source>
        <translation>roompanel %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="90"/>
        <source>Write support bundle</source>
        <translation>生成诊断包</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="97"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="107"/>
        <source>Could not write the support bundle: %1</source>
        <translation>无法生成诊断包：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="109"/>
        <source>Support bundle written to %1</source>
        <translation>诊断包已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="184"/>
        <source>Its secret is missing, so the panel does not sign in to it. Set %1 (EnvironmentFile= in the systemd unit) or enter it in the settings.</source>
        <translation>缺少其密钥，面板不会登录该服务。请设置 %1（systemd 单元中的 EnvironmentFile=），或在设置中填写。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="194"/>
        <source>Last answer: %1 · median latency: %2 · requests: %3, failed: %4</source>
        <translation>最近响应：%1 · 延迟中位数：%2 · 请求：%3，失败：%4</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="207"/>
        <source>Last error (%1): %2</source>
        <translation>最近错误（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="218"/>
        <source>Not available here: %1</source>
        <translation>此处不可用：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DiagnosticsPage.qml" line="228"/>
        <source>Its certificate is not checked (verify_tls = false): anyone on the network path could pose as this service.</source>
        <translation>未校验其证书（verify_tls = false）：网络路径上的任何人都可能冒充该服务。</translation>
    </message>
</context>
<context>
    <name>DisplayCard</name>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="53"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="62"/>
        <source>Showing: %1</source>
        <translation>正在显示：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="75"/>
        <source>Show here</source>
        <translation>在此显示</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="84"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="96"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="151"/>
        <source>Sound on</source>
        <translation>有声音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="151"/>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="170"/>
        <source>Routed source</source>
        <translation>路由信号源</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="178"/>
        <source>Its own HDMI</source>
        <translation>本机 HDMI</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="193"/>
        <source>Display on</source>
        <translation>开屏</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplayCard.qml" line="201"/>
        <source>Display off</source>
        <translation>关屏</translation>
    </message>
</context>
<context>
    <name>DisplaysPage</name>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="50"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="63"/>
        <source>Volume and sound are not available: %1</source>
        <translation>音量和声音不可用：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="72"/>
        <source>Tap a source above, then “Show here” on a display.</source>
        <translation>先点上方的信号源，再在显示屏上点“在此显示”。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="73"/>
        <source>Now tap “Show here” on a display.</source>
        <translation>请在显示屏上点“在此显示”。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/DisplaysPage.qml" line="106"/>
        <source>No displays.</source>
        <translation>没有显示屏。</translation>
    </message>
</context>
<context>
    <name>FreshnessStrip</name>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="38"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="38"/>
        <source>Not up to date</source>
        <translation>非最新</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="121"/>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="39"/>
        <source>Showing the last known state from %1.</source>
        <translation>显示 %1 时的最后已知状态。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="40"/>
        <source>Nothing could be read yet.</source>
        <translation>尚无法读取任何内容。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="120"/>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="42"/>
        <source>Not confirmed yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="123"/>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="42"/>
        <source>Confirming…</source>
        <translation>正在确认…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/FreshnessStrip.qml" line="43"/>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="28"/>
        <source>‹ Rooms</source>
        <translation>‹ 会议室</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="61"/>
        <source>Choose a room</source>
        <translation>选择会议室</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="62"/>
        <location filename="../../qml/RoomPanel/Header.qml" line="125"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="64"/>
        <source>Room panel</source>
        <translation>会议室面板</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="64"/>
        <location filename="../../qml/RoomPanel/Header.qml" line="95"/>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="95"/>
        <source>Panels (%1 offline)</source>
        <translation>面板（%1 个离线）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Header.qml" line="63"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
</context>
<context>
    <name>IncomingCallAlert</name>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="32"/>
        <source>Call waiting for you to let it through: %1</source>
        <translation>来电等待放行：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="33"/>
        <source>Incoming call from %1</source>
        <translation>%1 来电</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="51"/>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="51"/>
        <source>Let through</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="59"/>
        <source>Decline</source>
        <translation>拒接</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/IncomingCallAlert.qml" line="59"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>LinkChip</name>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="33"/>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="34"/>
        <source>Stale</source>
        <translation>过时</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="35"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="90"/>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="36"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/LinkChip.qml" line="36"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>MacroButton</name>
    <message>
        <location filename="../../qml/RoomPanel/MacroButton.qml" line="76"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MacroButton.qml" line="77"/>
        <source>✓ Done</source>
        <translation>✓ 完成</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MacroButton.qml" line="78"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/RoomPanel/Main.qml" line="15"/>
        <source>%1 – Room panel</source>
        <translation>%1 – 会议室面板</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/Main.qml" line="15"/>
        <source>Room panel</source>
        <translation>会议室面板</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message>
        <location filename="../../qml/RoomPanel/MatrixCell.qml" line="18"/>
        <source>Not routed</source>
        <translation>未路由</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../qml/RoomPanel/MatrixPage.qml" line="32"/>
        <source>Tap a cell to route. Tap a routed cell to remove it.</source>
        <translation>点击格子进行路由，点击已路由的格子取消。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MatrixPage.qml" line="52"/>
        <source>Source ↓  Display →</source>
        <translation>信号源 ↓  显示屏 →</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/MatrixPage.qml" line="119"/>
        <source>No sources or displays.</source>
        <translation>没有信号源或显示屏。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="34"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="37"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="40"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="42"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="48"/>
        <source>the control service</source>
        <translation>中控服务</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="49"/>
        <source>the PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="50"/>
        <source>the conference server</source>
        <translation>会议服务器</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="51"/>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="52"/>
        <source>the site hub</source>
        <translation>站点中枢</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="60"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="61"/>
        <source>no connection could be made</source>
        <translation>无法建立连接</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="62"/>
        <source>the connection was dropped</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="63"/>
        <source>not JSON</source>
        <translation>不是 JSON</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="64"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="68"/>
        <source>its certificate is not trusted: %1</source>
        <translation>其证书不受信任：%1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="88"/>
        <source>Cannot reach %1 (%2)</source>
        <translation>无法连接%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="90"/>
        <source>The panel is shutting down</source>
        <translation>面板正在关闭</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="91"/>
        <source>%1 did not answer in time</source>
        <translation>%1未能及时响应</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="92"/>
        <source>%1 failed (%2)</source>
        <translation>%1出错（%2）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="94"/>
        <source>%1 is busy and asked the panel to wait (%2)</source>
        <translation>%1繁忙，要求面板稍候（%2）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="96"/>
        <source>%1 sent an unreadable answer (not JSON)</source>
        <translation>%1返回了无法读取的应答（不是 JSON）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="98"/>
        <source>%1 sent an unexpected answer (%2)</source>
        <translation>%1返回了意外的应答（%2）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="100"/>
        <source>%1 refused: %2</source>
        <translation>%1拒绝：%2</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="102"/>
        <source>%1 refused the panel&apos;s login (%2)</source>
        <translation>%1拒绝了面板的登录（%2）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="104"/>
        <source>%1 refused the app credentials (%2)</source>
        <translation>%1拒绝了应用凭据（%2）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="106"/>
        <source>%1 refused the panel&apos;s login; next attempt in %2 s</source>
        <translation>%1拒绝了面板的登录；%2 秒后再试</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="108"/>
        <source>%1 session had expired; please try again</source>
        <translation>%1会话已过期，请重试</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="110"/>
        <source>%1 refused the panel&apos;s sign-in</source>
        <translation>%1拒绝了面板的登录</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="112"/>
        <source>The devices did not report their settings in time</source>
        <translation>设备未能及时上报其设置</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="114"/>
        <source>Reading %1 stopped unexpectedly (%2); restarting</source>
        <translation>读取%1意外中止（%2），正在重新开始</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="116"/>
        <source>%1 sent an answer too large to read (%2)</source>
        <translation>%1返回的应答过大，无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="118"/>
        <source>%1 sent its answer too slowly</source>
        <translation>%1返回应答过慢</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="119"/>
        <source>%1 does not offer this to the panel (%2)</source>
        <translation>%1未向面板提供此功能（%2）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="121"/>
        <source>%1 is offline (%2)</source>
        <translation>%1离线（%2）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="123"/>
        <source>%1 has not confirmed this for %2 min</source>
        <translation>%1已有 %2 分钟未确认此信息</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="125"/>
        <source>%1 asks this account for a second sign-in factor; give the panel an account without two-factor sign-in</source>
        <translation>%1要求该账号进行第二重验证；请为面板使用未开启双重验证的账号</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="137"/>
        <source>Change notifications interrupted: %1</source>
        <translation>变更通知中断：%1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="144"/>
        <source>%1. Retrying…</source>
        <translation>%1。正在重试…</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="146"/>
        <source>Room list not updated: %1</source>
        <translation>会议室列表未更新：%1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="149"/>
        <source>Connecting to the control service…</source>
        <translation>正在连接中控服务…</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="150"/>
        <source>The control service lists no rooms.</source>
        <translation>中控服务中没有会议室。</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="156"/>
        <source>Conferences</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="157"/>
        <source>Volume and sound of displays</source>
        <translation>显示屏的音量和声音</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="158"/>
        <source>Meeting devices</source>
        <translation>会议设备</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="163"/>
        <source>Room “%1” is not on the control service. Choose a room.</source>
        <translation>中控服务中没有会议室“%1”。请选择会议室。</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="168"/>
        <source>Cannot set the display&apos;s backlight at %1 (see the log)</source>
        <translation>无法设置 %1 的屏幕背光（见日志）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="174"/>
        <source>Could not switch “%1” on</source>
        <translation>无法开启“%1”</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="175"/>
        <source>Could not switch “%1” off</source>
        <translation>无法关闭“%1”</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="180"/>
        <source>Could not mute everyone</source>
        <translation>无法全体静音</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="181"/>
        <source>Could not unmute everyone</source>
        <translation>无法全体取消静音</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="182"/>
        <source>Could not lock the conference</source>
        <translation>无法锁定会议</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="183"/>
        <source>Could not unlock the conference</source>
        <translation>无法解锁会议</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="184"/>
        <source>Could not start recording</source>
        <translation>无法开始录制</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="185"/>
        <source>Could not stop recording</source>
        <translation>无法停止录制</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="191"/>
        <source>Could not mute %1</source>
        <translation>无法将 %1 静音</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="192"/>
        <source>Could not unmute %1</source>
        <translation>无法取消 %1 的静音</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="193"/>
        <source>Could not make %1 the chairman</source>
        <translation>无法将 %1 设为主持人</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="194"/>
        <source>Could not remove %1</source>
        <translation>无法移除 %1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="195"/>
        <source>Could not put %1 on the main tile</source>
        <translation>无法将 %1 放到主画面</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="201"/>
        <source>Could not hang up the call with %1</source>
        <translation>无法挂断与 %1 的通话</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="202"/>
        <source>Could not hold the call with %1</source>
        <translation>无法保持与 %1 的通话</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="203"/>
        <source>Could not resume the call with %1</source>
        <translation>无法恢复与 %1 的通话</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="204"/>
        <source>Could not mute the call with %1</source>
        <translation>无法将与 %1 的通话静音</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="205"/>
        <source>Could not unmute the call with %1</source>
        <translation>无法取消与 %1 的通话静音</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="206"/>
        <source>The room&apos;s phone could not answer the call from %1</source>
        <translation>会议室电话无法接听来自 %1 的来电</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="207"/>
        <source>Could not park the call with %1</source>
        <translation>无法停泊与 %1 的通话</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="208"/>
        <source>Could not complete the transfer of %1</source>
        <translation>无法完成 %1 的转接</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="209"/>
        <source>Could not cancel the transfer of %1</source>
        <translation>无法取消 %1 的转接</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="210"/>
        <source>Could not join %1 and the consulted party</source>
        <translation>无法将 %1 与被咨询方接成三方通话</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="211"/>
        <source>Could not switch back to %1</source>
        <translation>无法切回 %1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="220"/>
        <source>“%1” failed</source>
        <translation>“%1”执行失败</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="222"/>
        <source>Routing %1 to %2 failed</source>
        <translation>将 %1 切换到 %2 失败</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="224"/>
        <source>Clearing %1 failed</source>
        <translation>清空 %1 失败</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="226"/>
        <source>Removing %1 from %2 failed</source>
        <translation>从 %2 移除 %1 失败</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="228"/>
        <source>The route to %1 was accepted but has not taken effect yet</source>
        <translation>到 %1 的路由已接受，但尚未生效</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="231"/>
        <source>%1 is offline and cannot be routed</source>
        <translation>%1 离线，无法路由</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="233"/>
        <source>%1 and %2 are in different device groups</source>
        <translation>%1 和 %2 不在同一设备组</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="236"/>
        <source>Preset “%1” failed</source>
        <translation>预设“%1”失败</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="238"/>
        <source>USB routing mode not changed</source>
        <translation>USB 路由模式未更改</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="239"/>
        <source>Switch USB routing to Manual to choose USB hosts</source>
        <translation>将 USB 路由切换为手动，才能选择 USB 主机</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="241"/>
        <source>USB routing to %1 failed</source>
        <translation>到 %1 的 USB 路由失败</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="243"/>
        <source>Audio of %1 not changed</source>
        <translation>%1 的音频未更改</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="245"/>
        <source>%1 is offline</source>
        <translation>%1 离线</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="248"/>
        <source>%1: “display on” sent</source>
        <translation>%1：已发送“开屏”</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="249"/>
        <source>%1: “display off” sent</source>
        <translation>%1：已发送“关屏”</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="250"/>
        <source>%1 did not take the command</source>
        <translation>%1 未接受该命令</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="253"/>
        <source>Could not switch %1 to its own HDMI input</source>
        <translation>无法将 %1 切换到其自身的 HDMI 输入</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="255"/>
        <source>Could not switch %1 back to the network source</source>
        <translation>无法将 %1 切回网络信号源</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="257"/>
        <source>Could not transfer the call with %1 to %2</source>
        <translation>无法将与 %1 的通话转接到 %2</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="259"/>
        <source>Could not add %2 to the call with %1</source>
        <translation>无法将 %2 加入与 %1 的通话</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="261"/>
        <source>%1 is parked on %2: dial %2 to pick it up</source>
        <translation>%1 已停泊在 %2：拨打 %2 即可接回</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="263"/>
        <source>Could not change the status of phone %1</source>
        <translation>无法更改电话 %1 的状态</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="265"/>
        <source>Could not call %1</source>
        <translation>无法呼叫 %1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="267"/>
        <source>Call to %1 failed: %2</source>
        <translation>呼叫 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="269"/>
        <source>The host (%1) left conference %2</source>
        <translation>主持人（%1）已离开会议 %2</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="272"/>
        <source>Could not change the layout</source>
        <translation>无法更改布局</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="273"/>
        <source>Could not invite %1</source>
        <translation>无法邀请 %1</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/phrases.py" line="285"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/conference.py" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../../qml/RoomPanel/NumberPad.qml" line="17"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="vanished">%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="vanished">%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="vanished">%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="37"/>
        <source>Room panel</source>
        <translation>会议室面板</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="38"/>
        <source>Presenter kiosk</source>
        <translation>演讲者终端</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="39"/>
        <source>Operator console</source>
        <translation>操作员控制台</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="44"/>
        <source>Room overview</source>
        <translation>会议室总览</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="45"/>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="46"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="47"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="48"/>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="48"/>
        <source>No room shown</source>
        <translation>未显示会议室</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="53"/>
        <source>Awake</source>
        <translation>唤醒</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="53"/>
        <source>Dimmed</source>
        <translation>已调暗</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="54"/>
        <source>Screensaver</source>
        <translation>屏幕保护</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="55"/>
        <source>Screen off (outside hours)</source>
        <translation>已关屏（时段外）</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="128"/>
        <source>Waiting for the site&apos;s broker…</source>
        <translation>正在等待站点的消息代理…</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="130"/>
        <source>No panel has reported to the site yet.</source>
        <translation>尚无面板向站点报告。</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="134"/>
        <source>All %1 panels online</source>
        <translation>全部 %1 个面板在线</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/fleet.py" line="135"/>
        <source>%1 of %2 panels offline</source>
        <translation>%2 个面板中有 %1 个离线</translation>
    </message>
</context>
<context>
    <name>PanelsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/PanelsPage.qml" line="37"/>
        <source>May be out of date: %1</source>
        <translation>可能不是最新：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PanelsPage.qml" line="138"/>
        <source>Offline for %1</source>
        <translation>已离线 %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PanelsPage.qml" line="139"/>
        <source>Up %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PanelsPage.qml" line="163"/>
        <source>Panels appear here as they connect to the site&apos;s broker.</source>
        <translation>面板连接到站点的消息代理后会显示在这里。</translation>
    </message>
</context>
<context>
    <name>Pbx</name>
    <message>
        <location filename="../../app/viewmodels/pbx_status.py" line="28"/>
        <source>registration failed</source>
        <translation>注册失败</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pbx_status.py" line="28"/>
        <source>unreachable</source>
        <translation>无法连通</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pbx_status.py" line="29"/>
        <source>account unavailable</source>
        <translation>账号不可用</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pbx_status.py" line="29"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pbx_status.py" line="30"/>
        <source>down (state %1)</source>
        <translation>故障（状态 %1）</translation>
    </message>
</context>
<context>
    <name>PresetsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="36"/>
        <source>Route presets</source>
        <translation>路由预设</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="90"/>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="91"/>
        <source>✓ Applied</source>
        <translation>✓ 已应用</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="112"/>
        <source>No route presets.</source>
        <translation>没有路由预设。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="125"/>
        <source>Automatic routing</source>
        <translation>自动切换</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/PresetsPage.qml" line="140"/>
        <source>No automatic routing groups.</source>
        <translation>没有自动切换组。</translation>
    </message>
</context>
<context>
    <name>RoomPicker</name>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="17"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="18"/>
        <source>Talking</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="19"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="20"/>
        <source>Calling</source>
        <translation>呼叫中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="39"/>
        <source>Filter rooms (Ctrl+F)</source>
        <translation>筛选会议室 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="84"/>
        <source>No room matches “%1”</source>
        <translation>没有与“%1”匹配的会议室</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="116"/>
        <source>Trunk down: %1</source>
        <translation>中继故障：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="142"/>
        <source>Parked calls</source>
        <translation>停泊的通话</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="150"/>
        <source>Parked calls cannot be shown: the PBX does not offer them to this panel.</source>
        <translation>无法显示停泊的通话：PBX 未向此面板提供。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="165"/>
        <source>%1 waits on %2 (parked by %3)</source>
        <translation>%1 在 %2 等待（由 %3 停泊）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="180"/>
        <source>Calls in all rooms</source>
        <translation>所有会议室的通话</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomPicker.qml" line="235"/>
        <source>No calls</source>
        <translation>没有通话</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <location filename="../../qml/RoomPanel/CachedRoom.qml" line="135"/>
        <location filename="../../app/viewmodels/pages.py" line="29"/>
        <source>Controls</source>
        <translation>控制</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="31"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="33"/>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="35"/>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="37"/>
        <source>Displays</source>
        <translation>显示屏</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="39"/>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../app/viewmodels/pages.py" line="41"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomScreen.qml" line="69"/>
        <source>Sources and displays not up to date — %1. Retrying…</source>
        <translation>信号源和显示屏非最新 — %1。正在重试…</translation>
    </message>
</context>
<context>
    <name>RoomTile</name>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="26"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="27"/>
        <source>In a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="28"/>
        <source>Call on hold</source>
        <translation>通话保持</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="29"/>
        <source>Calling…</source>
        <translation>呼叫中…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="73"/>
        <source>Phone offline</source>
        <translation>电话离线</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="73"/>
        <source>Do not disturb</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="81"/>
        <source>Conference live</source>
        <translation>会议进行中</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="89"/>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/RoomTile.qml" line="97"/>
        <source>Automations %1/%2 on</source>
        <translation>自动化 %1/%2 开启</translation>
    </message>
</context>
<context>
    <name>RpRoutingViewModel</name>
    <message>
        <location filename="../../app/viewmodels/routing.py" line="141"/>
        <source>Tap a source first, then the display</source>
        <translation>请先点信号源，再点显示屏</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="51"/>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="80"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="51"/>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="73"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="167"/>
        <source>Room panel</source>
        <translation>会议室面板</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="168"/>
        <source>Presenter kiosk</source>
        <translation>演讲者终端</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="169"/>
        <source>Operator console</source>
        <translation>操作员控制台</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="170"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="171"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="172"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="173"/>
        <source>Always on</source>
        <translation>常亮</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingRow.qml" line="174"/>
        <source>Set hours</source>
        <translation>按时段</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="19"/>
        <source>Runs as</source>
        <translation>运行模式</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="20"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="21"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="22"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="23"/>
        <source>Large text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="24"/>
        <source>Dim after (seconds, 0 = never)</source>
        <translation>变暗时间（秒，0 = 从不）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="25"/>
        <source>Screensaver after (seconds, 0 = never)</source>
        <translation>屏保时间（秒，0 = 从不）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="26"/>
        <source>Brightness (%)</source>
        <translation>亮度 (%)</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="27"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="28"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="29"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="30"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="31"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="32"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="33"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="34"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="35"/>
        <source>Control service address</source>
        <translation>中控服务地址</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="36"/>
        <source>Control service client ID</source>
        <translation>中控服务 Client ID</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="37"/>
        <source>Control service client secret</source>
        <translation>中控服务 Client secret</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="38"/>
        <source>Check the certificate</source>
        <translation>校验证书</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="39"/>
        <source>PBX address</source>
        <translation>PBX 地址</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="40"/>
        <source>PBX client ID</source>
        <translation>PBX Client ID</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="41"/>
        <source>PBX client secret</source>
        <translation>PBX Client secret</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="42"/>
        <source>Conference server address</source>
        <translation>会议服务器地址</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="43"/>
        <source>Conference server user</source>
        <translation>会议服务器用户</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="44"/>
        <source>Conference server password</source>
        <translation>会议服务器密码</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="45"/>
        <source>DingTalk app key</source>
        <translation>钉钉 App key</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="46"/>
        <source>DingTalk app secret</source>
        <translation>钉钉 App secret</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="47"/>
        <source>DingTalk operator union ID</source>
        <translation>钉钉操作员 union ID</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="48"/>
        <source>Broker address (mqtt:// or mqtts://)</source>
        <translation>消息代理地址（mqtt:// 或 mqtts://）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="49"/>
        <source>Site name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="50"/>
        <source>Broker user</source>
        <translation>消息代理用户</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="51"/>
        <source>Broker password</source>
        <translation>消息代理密码</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="52"/>
        <source>This panel&apos;s name on the site</source>
        <translation>本面板在站点中的名称</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="59"/>
        <source>Panel</source>
        <translation>面板</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="60"/>
        <source>Display schedule (the screen is off outside these hours)</source>
        <translation>显示时段（时段外屏幕关闭）</translation>
    </message>
    <message>
        <source>Yealink central control</source>
        <translation type="vanished">Yealink 中控</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="61"/>
        <source>Yealink central control (leave blank on a site hub)</source>
        <translation>亿联中控（使用站点中枢时留空）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="62"/>
        <source>Yeastar PBX (leave blank if none)</source>
        <translation>Yeastar PBX（没有则留空）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="63"/>
        <source>PortSIP conference server (leave blank if none)</source>
        <translation>PortSIP 会议服务器（没有则留空）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="64"/>
        <source>DingTalk meeting devices (leave blank if none)</source>
        <translation>钉钉会议设备（没有则留空）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="65"/>
        <source>Site hub (instead of the services above; blank if none)</source>
        <translation>站点中枢（代替上方的服务；没有则留空）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="72"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="74"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="76"/>
        <source>The panel could not start: %1</source>
        <translation>面板无法启动：%1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="78"/>
        <source>Not tested: %1 is kept in the OS keyring, which could not be read. Enter it again to test.</source>
        <translation>未测试：%1 保存在系统钥匙串中，但无法读取。请重新输入后再测试。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="81"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="82"/>
        <source>Saved. Restart the panel to use the new connections.</source>
        <translation>已保存。重启面板以使用新的连接。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="83"/>
        <source>Every service answered.</source>
        <translation>所有服务均有响应。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="84"/>
        <source>Some services did not answer: see below.</source>
        <translation>部分服务无响应：见下方。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="85"/>
        <source>New PIN set: it takes effect when you save.</source>
        <translation>新 PIN 已设置：保存后生效。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="86"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>PIN 至少 4 位数字。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="102"/>
        <source>Enter the admin PIN</source>
        <translation>输入管理员 PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="103"/>
        <source>No admin PIN is set yet</source>
        <translation>尚未设置管理员 PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="116"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN 错误次数过多，请 %1 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="117"/>
        <source>Wrong PIN.</source>
        <translation>PIN 错误。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="130"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="131"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="140"/>
        <source>Open settings and set a PIN</source>
        <translation>打开设置并设置 PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="152"/>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="207"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="159"/>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="214"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="178"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="185"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="194"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="201"/>
        <source>Change PIN…</source>
        <translation>修改 PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="223"/>
        <source>Welcome. Enter the control service&apos;s address and credentials (and the other services&apos;, if the room has them), choose the room, set an admin PIN, then Save.</source>
        <translation>欢迎。请输入中控服务的地址和凭据（如会议室有其他服务，也一并填写），选择会议室，设置管理员 PIN，然后保存。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="290"/>
        <source>Saved to %1; secrets in the system keyring.</source>
        <translation>已保存到 %1；密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="291"/>
        <source>Saved to %1 (readable by this user only).</source>
        <translation>已保存到 %1（仅当前用户可读）。</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="313"/>
        <source>New admin PIN (4 digits or more)</source>
        <translation>新管理员 PIN（至少 4 位）</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="326"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="327"/>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SettingsPage.qml" line="337"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SignalPicker</name>
    <message>
        <location filename="../../qml/RoomPanel/SignalPicker.qml" line="15"/>
        <source>Audio + Video</source>
        <translation>音频 + 视频</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SignalPicker.qml" line="16"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/SignalPicker.qml" line="17"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
</context>
<context>
    <name>SwitchRow</name>
    <message>
        <location filename="../../qml/RoomPanel/SwitchRow.qml" line="51"/>
        <source>Switching…</source>
        <translation>正在切换…</translation>
    </message>
</context>
<context>
    <name>UsbPage</name>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="27"/>
        <source>USB follows video</source>
        <translation>USB 跟随视频</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="67"/>
        <source>USB from %1</source>
        <translation>USB 来自 %1</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="67"/>
        <source>no USB host</source>
        <translation>无 USB 主机</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="85"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../qml/RoomPanel/UsbPage.qml" line="114"/>
        <source>USB follows the video routes. Switch it off to choose USB hosts by hand.</source>
        <translation>USB 跟随视频路由。关闭后可手动选择 USB 主机。</translation>
    </message>
</context>
</TS>
