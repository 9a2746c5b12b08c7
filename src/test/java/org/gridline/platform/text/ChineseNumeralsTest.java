package org.gridline.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            三栋二单元             | 3栋2单元
            两包                   | 2包
            十二栋                 | 12栋
            二十一号               | 21号
            一百零五室             | 105室
            三零一                 | 301
            幸福小区三栋二单元三零一 | 幸福小区3栋2单元301
            十                     | 10
            三                     | 3
            第三                   | 第3
            第十二次               | 第12次
            〇                     | 0
            零个                   | 0个
            二〇二四年             | 2024年
            一一零一               | 1101
            ３栋２单元             | 3栋2单元
            幸福小区１３栋         | 幸福小区13栋
            一百一十个人           | 110个人
            一百一                 | 110
            两千五百元             | 2500元
            两千五                 | 2500
            十一点                  | 11点
            下午三点半              | 下午3点半
            一点钟                 | 1点钟
            三号楼                 | 3号楼
            五层                   | 5层
            二十辆车               | 20辆车
            我家三口人             | 我家三口人
            等一下                 | 等一下
            一直没人管             | 一直没人管
            统一处理               | 统一处理
            统一号召               | 统一号召
            万一下雨               | 万一下雨
            有一些垃圾             | 有一些垃圾
            一样的问题             | 一样的问题
            我们一起去             | 我们一起去
            快一点                 | 快一点
            有一点吵               | 有一点吵
            一定要处理             | 一定要处理
            三思而后行             | 三思而后行
            一般般                 | 一般般
            十分感谢               | 十分感谢
            星期一                 | 星期一
            星期一上午              | 星期一上午
            来了七八个人            | 来了七八个人
            三四天了               | 三四天了
            一一核实               | 一一核实
            第一时间处理            | 第一时间处理
            一次性餐具              | 一次性餐具
            十之八九               | 十之八九
            三天两头停水            | 三天两头停水
            三两个                 | 三两个
            一二                   | 一二
            三栋二单元三零一室       | 3栋2单元301室
            十一月二十号            | 11月20号
            二十三栋               | 23栋
            一百零八号             | 108号
            看一下                 | 看一下
            3栋                    | 3栋
            十一                   | 11
            二十                   | 20
            三百零一               | 301
            两千零二十四            | 2024
            x                      | x
            三袋垃圾               | 3袋垃圾
            两箱水                 | 2箱水
            五斤米                 | 5斤米
            """)
    void normalizes(String input, String expected) {
        assertEquals(expected, ChineseNumerals.normalize(input));
    }

    @Test
    void keepsNull() {
        assertNull(ChineseNumerals.normalize(null));
    }
}
