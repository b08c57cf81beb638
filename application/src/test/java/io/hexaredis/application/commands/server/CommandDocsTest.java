package io.hexaredis.application.commands.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandDocsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            key                                  => [key:key]
            key value [NX | XX] [GET]            => [key:key, value:string, nx_xx:oneof optional [nx:pure-token token=NX, xx:pure-token token=XX], get:pure-token token=GET optional]
            key [EX seconds | PX milliseconds | EXAT unix-time-seconds | KEEPTTL] => [key:key, seconds_milliseconds_unix-time-seconds_keepttl:oneof optional [seconds:integer token=EX, milliseconds:integer token=PX, unix-time-seconds:unix-time token=EXAT, keepttl:pure-token token=KEEPTTL]]
            key [key ...]                        => [key:key multiple]
            key field value [field value ...]    => [key:key, field_value:block multiple [field:string, value:string]]
            [section [section ...]]              => [section:string optional multiple]
            [NOSAVE | SAVE] [NOW] [FORCE] [ABORT] => [nosave_save:oneof optional [nosave:pure-token token=NOSAVE, save:pure-token token=SAVE], now:pure-token token=NOW optional, force:pure-token token=FORCE optional, abort:pure-token token=ABORT optional]
            [FILTERBY <MODULE module-name | ACLCAT category | PATTERN pattern>] => [filterby:oneof token=FILTERBY optional [module-name:string token=MODULE, category:string token=ACLCAT, pattern:pattern token=PATTERN]]
            key min max [WITHSCORES] [LIMIT offset count] => [key:key, min:string, max:string, withscores:pure-token token=WITHSCORES optional, limit:block token=LIMIT optional [offset:integer, count:integer]]
            key [BY pattern] [GET pattern [GET pattern ...]] [ASC | DESC] => [key:key, pattern:pattern token=BY optional, pattern:pattern token=GET optional multiple multiple_token, asc_desc:oneof optional [asc:pure-token token=ASC, desc:pure-token token=DESC]]
            source destination <LEFT | RIGHT> <LEFT | RIGHT> timeout => [source:key, destination:key, left_right:oneof [left:pure-token token=LEFT, right:pure-token token=RIGHT], left_right:oneof [left:pure-token token=LEFT, right:pure-token token=RIGHT], timeout:double]
            cursor [MATCH pattern] [COUNT count] [TYPE type] => [cursor:string, pattern:pattern token=MATCH optional, count:integer token=COUNT optional, type:string token=TYPE optional]
            key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...] => [key:key, nx_xx:oneof optional [nx:pure-token token=NX, xx:pure-token token=XX], gt_lt:oneof optional [gt:pure-token token=GT, lt:pure-token token=LT], ch:pure-token token=CH optional, incr:pure-token token=INCR optional, score_member:block multiple [score:double, member:string]]
            numkeys key [key ...] [WEIGHTS weight [weight ...]] => [numkeys:integer, key:key multiple, weight:string token=WEIGHTS optional multiple]
            ''                                   => []
            """)
    void synopsisBecomesRedisArgumentTree(String syntax, String tree) {
        assertEquals(tree, CommandDocs.parse(syntax).toString());
    }
}
