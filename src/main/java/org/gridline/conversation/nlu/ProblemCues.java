package org.gridline.conversation.nlu;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises how residents say that something is wrong, without naming what: broken (坏/断/裂/不亮/关不上), dirty or
 * noisy (臭/脏/吵/乱), taken or blocked (被偷/被人/占/堵/挡), people in trouble (没人管/没钱/交不起/迷路/发烧), and the
 * annoyance around it (天天/半夜/差点/受不了). Kept in code rather than in the operators' file because they are
 * grammar, not vocabulary of a category. Also spots praise ("方便多了", "好漂亮"), which is never a report unless a
 * malfunction is named as well.
 */
final class ProblemCues {
    /** Something is broken: stronger than praise ("新装的路灯又坏了"). */
    private static final Pattern BROKEN = Pattern.compile(String.join("|",
            "坏|破了|破损|烂|裂|断了|塌|漏|渗|滴水|锈|松了|松动|晃|翘|歪|倒了|要倒|垮|瘪|卡住|卡进|失灵|故障|异响|冒火花|焦味",
            "不(亮|通|动|热|转|灵|响|开|出水|来水|干净)|关不上|打不开|开不了|刷不开|出不去|进不来|过不去|上不去|下不了|取不到"));
    private static final Pattern MALFUNCTION = Pattern.compile(String.join("|", BROKEN.pattern(),
            "没反应|没(水|电|信号|网)|停(水|电)|断(网|电|水)|掉线|跳闸|积水|淹|冒(水|黑水|烟)|溢|返水|往外(冒|翻|流)",
            "臭|脏|馊|腥|骚|霉|刺鼻|呛|熏|恶心|苍蝇|蚊子|老鼠|耗子|蟑螂|虫|粪|屎|尿",
            "吵|噪|轰隆|哐|咚咚|半夜|凌晨|深夜|一晚上|乱|占(了|用|道|着)|堵|挡|霸|圈起来|围起来|私(自|搭|接|拉)|偷偷|违(规|章|建)",
            "被(人|偷|骗|抢|撬|砸|打|咬|抓|挠|拿|骑|拔|卸|盗|划)|偷|骗|冒充|假(药|钱|票)|撬|砸|抢|恐吓|骂|推人|拦着|要钱|赌|可疑|鬼鬼祟祟|东张西望",
            "不(给|赔|退|理|管|修|听|改|剪|肯|让|认账|讲理)|扣了|拖欠|欠|跑路|卷钱|闹|吵架|扯皮|评理|调解",
            "差点|险些|吓人|吓死|危险|隐患|要掉|会掉|掉下|砸到|砸死|着火|山火|带电|漏电|飙|超速|闯红灯|逆行|撞",
            "发烧|发热|咳|拉肚子|吐|腹泻|疹|疱|传染|病毒|流感|甲流|结核|咬了|咬伤|狂犬|死了一大半|鸡瘟",
            "没人(管|修|清|收|扫|理|照顾|照看|陪|值班|来)|没有人|不管|没钱|没收入|交不(起|上)|养不起|拿不出|凑不齐|困难|迷路|走丢|说不清|饿|流浪|瘫|卧床|残疾|孤寡|独居|一个人住|照顾不过来|"
                    + "不方便",
            "找不到(工作|家|人|妈妈)|没找到工作|下岗|失业|心酸|担心|受不了|闹心|烦死|怎么办|咋办|咋整|管管|有没有人管",
            "(?<![今明昨])天天|每天|每晚|一直|总是|老是|经常|三天两头|好几(天|次|个|年)|好久|一个多月|半年|又(坏|来|堵|停|出)|还在",
            "太(差|脏|吵|臭|乱|多|少|短|窄|贵|慢|快|大|响|亮|冷|热|吓)|很差|不透明|乱收费|莫名其妙|推来推去|推给|一直推|没通知|不公开"));
    private static final List<String> PRAISE = List.of("漂亮", "好看", "方便多了", "好用", "开心", "真干净", "好干净", "舒服",
            "不错", "挺好", "真好", "很好", "好亮", "亮堂", "壮大", "热闹", "新装", "新开", "新修", "新来", "整洁", "点赞", "热情",
            "负责", "好快", "收到", "好乖", "好玩");

    private ProblemCues() {
    }

    /** Whether the text says that something is wrong (normalised text). */
    static boolean saysSomethingIsWrong(String text) {
        return MALFUNCTION.matcher(text).find();
    }

    /** Whether the text praises or acknowledges something and names nothing broken. */
    static boolean praises(String text) {
        return Words.anyIn(text, PRAISE) && !BROKEN.matcher(text).find();
    }
}
