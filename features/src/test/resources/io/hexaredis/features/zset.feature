Feature: Sorted sets
  A sorted set holds unique members, each with a double score, ordered by score and then by the
  member's bytes. Members are read back by rank, by score range or by lexicographic range, popped
  from either end, and combined with other sets by union, intersection and difference. Small sets
  use the compact listpack encoding; past 128 members or 64-byte members they become a skip list.

  Rule: ZADD adds members or updates their scores

    Scenario: adding, updating and counting what changed
      When the client runs:
        | command                          | reply                                               |
        | ZADD board 10 alice 20 bob       | (integer) 2                                         |
        | ZADD board 15 alice 30 carol     | (integer) 1                                         |
        | ZADD board CH 16 alice 30 carol  | (integer) 1                                         |
        | ZRANGE board 0 -1 WITHSCORES     | 1) "alice" 2) "16" 3) "bob" 4) "20" 5) "carol" 6) "30" |
        | ZADD board 1                     | (error) ERR wrong number of arguments for 'zadd' command |
        | ZADD board 1 a 2                 | (error) ERR syntax error                            |
        | ZADD board foo 1 a               | (error) ERR syntax error                            |
        | ZADD board                       | (error) ERR wrong number of arguments for 'zadd' command |

    Scenario: NX only adds, XX only updates
      When the client runs:
        | command                     | reply       |
        | ZADD k XX 1 a               | (integer) 0 |
        | EXISTS k                    | (integer) 0 |
        | ZADD k NX 1 a               | (integer) 1 |
        | ZADD k NX 5 a 2 b           | (integer) 1 |
        | ZADD k XX CH 5 a 3 c        | (integer) 1 |
        | ZRANGE k 0 -1 WITHSCORES    | 1) "b" 2) "2" 3) "a" 4) "5" |

    Scenario: GT and LT only move scores one way, and still add new members
      When the client runs:
        | command                     | reply       |
        | ZADD k 5 a                  | (integer) 1 |
        | ZADD k GT CH 4 a            | (integer) 0 |
        | ZADD k GT CH 6 a 1 b        | (integer) 2 |
        | ZADD k LT CH 7 a 0 b        | (integer) 1 |
        | ZRANGE k 0 -1 WITHSCORES    | 1) "b" 2) "0" 3) "a" 4) "6" |

    Scenario: INCR answers the new score, or nil when an option prevents it
      When the client runs:
        | command                | reply    |
        | ZADD k INCR 1.5 a      | "1.5"    |
        | ZADD k incr 1.5 a      | "3"      |
        | ZADD k INCR NX 1 a     | (nil)    |
        | ZADD k INCR GT -1 a    | (nil)    |
        | ZADD k INCR XX 1 new   | (nil)    |
        | ZSCORE k new           | (nil)    |

    Scenario Outline: incompatible options are refused before anything is read
      When the client runs:
        | command   | reply   |
        | <command> | <error> |

      Examples:
        | command                 | error                                                                  |
        | ZADD k NX XX 1 a        | (error) ERR XX and NX options at the same time are not compatible      |
        | ZADD k GT LT 1 a        | (error) ERR GT, LT, and/or NX options at the same time are not compatible |
        | ZADD k NX GT 1 a        | (error) ERR GT, LT, and/or NX options at the same time are not compatible |
        | ZADD k LT NX 1 a        | (error) ERR GT, LT, and/or NX options at the same time are not compatible |
        | ZADD k INCR 1 a 2 b     | (error) ERR INCR option supports a single increment-element pair       |
        | ZADD k NX XX 1          | (error) ERR syntax error                                               |

    Scenario: scores are doubles as strtod reads them, checked before the key
      When the client runs:
        | command                                | reply                                             |
        | SET str x                              | OK                                                |
        | ZADD str x a                           | (error) ERR value is not a valid float            |
        | ZADD str 1 a                           | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZADD k 1 a nan b                       | (error) ERR value is not a valid float            |
        | ZADD k 1e400 a                         | (error) ERR value is not a valid float            |
        | ZADD k " 1" a                          | (error) ERR value is not a valid float            |
        | ZADD k 0x10 hex 1. dot .5 half -INF low | (integer) 4                                      |
        | ZRANGE k 0 -1 WITHSCORES               | 1) "low" 2) "-inf" 3) "half" 4) "0.5" 5) "dot" 6) "1" 7) "hex" 8) "16" |

    Scenario: an increment that would give NaN is refused
      When the client runs:
        | command             | reply                                              |
        | ZADD k +inf a       | (integer) 1                                        |
        | ZADD k INCR -inf a  | (error) ERR resulting score is not a number (NaN)  |
        | ZSCORE k a          | "inf"                                              |

  Rule: ZADD keeps small sets compact and converts them past the listpack limits

    Scenario: 64-byte members stay compact, a 65-byte member converts
      When the client runs:
        | command                                                                      | reply        |
        | ZADD short 1 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  | (integer) 1  |
        | OBJECT ENCODING short                                                        | "listpack"   |
        | ZADD short 2 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | (integer) 1  |
        | OBJECT ENCODING short                                                        | "skiplist"   |
        | ZREM short xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx   | (integer) 1  |
        | OBJECT ENCODING short                                                        | "skiplist"   |

    Scenario: the limits are configurable under their old ziplist names too
      When the client runs:
        | command                                   | reply        |
        | CONFIG SET zset-max-ziplist-entries 2     | OK           |
        | CONFIG GET zset-max-listpack-entries      | 1) "zset-max-listpack-entries" 2) "2" |
        | ZADD k 1 a 2 b                            | (integer) 2  |
        | OBJECT ENCODING k                         | "listpack"   |
        | ZADD k 3 c                                | (integer) 1  |
        | OBJECT ENCODING k                         | "skiplist"   |
        | CONFIG SET zset-max-listpack-entries 0    | OK           |
        | ZADD other 1 a                            | (integer) 1  |
        | OBJECT ENCODING other                     | "skiplist"   |
        | CONFIG SET zset-max-listpack-value 2      | OK           |
        | CONFIG SET zset-max-listpack-entries 128  | OK           |
        | ZADD third 1 abc                          | (integer) 1  |
        | OBJECT ENCODING third                     | "skiplist"   |

  Rule: ZINCRBY adds to a member's score, starting from 0

    Scenario: increments and their errors
      When the client runs:
        | command               | reply                                                 |
        | ZINCRBY k 2.5 a       | "2.5"                                                 |
        | ZINCRBY k 1.1 a       | "3.6000000000000001"                                  |
        | ZINCRBY k abc a       | (error) ERR value is not a valid float                |
        | ZINCRBY k ch 1        | (error) ERR syntax error                              |
        | ZADD inf +inf a       | (integer) 1                                           |
        | ZINCRBY inf -inf a    | (error) ERR resulting score is not a number (NaN)     |
        | ZINCRBY k 1           | (error) ERR wrong number of arguments for 'zincrby' command |

  Rule: ZREM removes members, and the key with the last one

    Scenario: removing members
      When the client runs:
        | command              | reply       |
        | ZADD k 1 a 2 b 3 c   | (integer) 3 |
        | ZREM k a nope c      | (integer) 2 |
        | ZREM missing a       | (integer) 0 |
        | ZREM k b b           | (integer) 1 |
        | EXISTS k             | (integer) 0 |
        | ZREM k               | (error) ERR wrong number of arguments for 'zrem' command |

  Rule: ZCARD, ZSCORE and ZMSCORE read sizes and scores

    Scenario: sizes and scores, formatted as Redis formats doubles
      When the client runs:
        | command                            | reply                                   |
        | ZADD k 1.1 a 123456789012345678 b 1e20 c | (integer) 3                       |
        | ZCARD k                            | (integer) 3                             |
        | ZCARD missing                      | (integer) 0                             |
        | ZSCORE k a                         | "1.1000000000000001"                    |
        | ZSCORE k b                         | "1.2345678901234568e+17"                |
        | ZSCORE k c                         | "1e+20"                                 |
        | ZSCORE k nope                      | (nil)                                   |
        | ZSCORE missing a                   | (nil)                                   |
        | ZMSCORE k c nope a                 | 1) "1e+20" 2) (nil) 3) "1.1000000000000001" |
        | ZMSCORE missing a b                | 1) (nil) 2) (nil)                       |
        | ZMSCORE k                          | (error) ERR wrong number of arguments for 'zmscore' command |

    Scenario: every sorted set command refuses keys of another type
      When the client runs:
        | command                | reply                                                                     |
        | SET str x              | OK                                                                        |
        | ZCARD str              | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZSCORE str a           | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZMSCORE str a          | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZREM str a             | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZINCRBY str 1 a        | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZRANK str a            | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZRANGE str 0 -1        | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZPOPMIN str            | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZRANDMEMBER str        | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZSCAN str 0            | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZUNION 1 str           | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZADD str 1 a           | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZCOUNT str 0 1         | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZLEXCOUNT str - +      | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZRANGESTORE d str 0 1  | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZREMRANGEBYRANK str 0 1 | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZMPOP 2 missing str MIN | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZINTERCARD 1 str LIMIT x | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | ZUNIONSTORE d 1 str WEIGHTS x | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: ZRANK and ZREVRANK give 0-based positions

    Scenario: ranks from either end
      When the client runs:
        | command                 | reply       |
        | ZADD k 1 a 2 b 3 c      | (integer) 3 |
        | ZRANK k a               | (integer) 0 |
        | ZRANK k c               | (integer) 2 |
        | ZREVRANK k a            | (integer) 2 |
        | ZRANK k nope            | (nil)       |
        | ZREVRANK missing a      | (nil)       |
        | ZRANK k a WITHSCORE     | (error) ERR wrong number of arguments for 'zrank' command |
        | ZREVRANK k a WITHSCORE  | (error) ERR wrong number of arguments for 'zrevrank' command |

  Rule: ZCOUNT and ZLEXCOUNT count members in a score or a lexicographic range

    Scenario: score ranges use ( for exclusive bounds and accept infinities
      When the client runs:
        | command               | reply                                  |
        | ZADD k 1 a 2 b 3 c 4 d | (integer) 4                           |
        | ZCOUNT k (1 4         | (integer) 3                            |
        | ZCOUNT k (1 (4        | (integer) 2                            |
        | ZCOUNT k -inf +inf    | (integer) 4                            |
        | ZCOUNT k 3 1          | (integer) 0                            |
        | ZCOUNT k 1 (          | (integer) 0                            |
        | ZCOUNT missing 0 1    | (integer) 0                            |
        | ZCOUNT k ((1 3        | (error) ERR min or max is not a float  |
        | ZCOUNT missing x 1    | (error) ERR min or max is not a float  |

    Scenario: lex ranges use [ and ( bounds, - and + for the ends
      When the client runs:
        | command                   | reply                                               |
        | ZADD k 0 a 0 b 0 c 0 d    | (integer) 4                                         |
        | ZLEXCOUNT k - +           | (integer) 4                                         |
        | ZLEXCOUNT k (a [c         | (integer) 2                                         |
        | ZLEXCOUNT k [b [b         | (integer) 1                                         |
        | ZLEXCOUNT k (b (b         | (integer) 0                                         |
        | ZLEXCOUNT k + -           | (integer) 0                                         |
        | ZLEXCOUNT k a +           | (error) ERR min or max not valid string range item  |
        | ZLEXCOUNT missing [a +b   | (error) ERR min or max not valid string range item  |

  Rule: ZRANGE reads by rank, by score with BYSCORE, or by member with BYLEX

    Background:
      Given the client runs:
        | command                 | reply       |
        | ZADD k 1 a 2 b 3 c 4 d  | (integer) 4 |

    Scenario: ranks count from 0, negative ones from the end
      When the client runs:
        | command                     | reply                        |
        | ZRANGE k 0 -1               | 1) "a" 2) "b" 3) "c" 4) "d"  |
        | ZRANGE k -2 -1              | 1) "c" 2) "d"                |
        | ZRANGE k -100 100           | 1) "a" 2) "b" 3) "c" 4) "d"  |
        | ZRANGE k 2 1                | (empty array)                |
        | ZRANGE k 0 1 REV            | 1) "d" 2) "c"                |
        | ZRANGE k 0 1 WITHSCORES     | 1) "a" 2) "1" 3) "b" 4) "2"  |
        | ZRANGE missing 0 -1         | (empty array)                |
        | ZRANGE k x 1                | (error) ERR value is not an integer or out of range |

    Scenario: BYSCORE and BYLEX, with REV taking the higher bound first, and LIMIT
      When the client runs:
        | command                                         | reply                        |
        | ZRANGE k (1 3 BYSCORE WITHSCORES                | 1) "b" 2) "2" 3) "c" 4) "3"  |
        | ZRANGE k 3 0 BYSCORE REV                        | 1) "c" 2) "b" 3) "a"         |
        | ZRANGE k -inf +inf BYSCORE LIMIT 1 -5           | 1) "b" 2) "c" 3) "d"         |
        | ZRANGE k -inf +inf BYSCORE LIMIT 1 2            | 1) "b" 2) "c"                |
        | ZRANGE k -inf +inf BYSCORE LIMIT -1 2           | (empty array)                |
        | ZRANGE k (a [c BYLEX                            | 1) "b" 2) "c"                |
        | ZRANGE k + - BYLEX REV LIMIT 1 2                | 1) "c" 2) "b"                |

    Scenario Outline: option errors
      When the client runs:
        | command   | reply   |
        | <command> | <error> |

      Examples:
        | command                              | error                                                                                   |
        | ZRANGE k 0 1 LIMIT 0 1               | (error) ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX |
        | ZRANGE k - + BYLEX WITHSCORES        | (error) ERR syntax error, WITHSCORES not supported in combination with BYLEX             |
        | ZRANGE k 0 -1 REV REV                | (error) ERR syntax error                                                                 |
        | ZRANGE k 0 -1 BYSCORE BYLEX          | (error) ERR syntax error                                                                 |
        | ZRANGE k 0 -1 LIMIT 1                | (error) ERR syntax error                                                                 |
        | ZRANGE k 0 -1 foo                    | (error) ERR syntax error                                                                 |
        | ZRANGE k 0 -1 BYSCORE LIMIT 1 x      | (error) ERR value is not an integer or out of range                                      |
        | ZRANGE k a b BYSCORE                 | (error) ERR min or max is not a float                                                    |
        | ZRANGE k 0 -1 BYLEX                  | (error) ERR min or max not valid string range item                                       |

  Rule: ZREVRANGE, ZRANGEBYSCORE, ZREVRANGEBYSCORE, ZRANGEBYLEX and ZREVRANGEBYLEX are ZRANGE with options fixed

    Scenario: the older range commands
      When the client runs:
        | command                                           | reply                                         |
        | ZADD k 1 a 2 b 3 c 4 d                            | (integer) 4                                   |
        | ZREVRANGE k 0 -1 WITHSCORES                       | 1) "d" 2) "4" 3) "c" 4) "3" 5) "b" 6) "2" 7) "a" 8) "1" |
        | ZRANGEBYSCORE k -inf +inf WITHSCORES LIMIT 0 1    | 1) "a" 2) "1"                                 |
        | ZRANGEBYSCORE k -inf +inf LIMIT 0 1 WITHSCORES    | 1) "a" 2) "1"                                 |
        | ZREVRANGEBYSCORE k +inf -inf WITHSCORES LIMIT 1 2 | 1) "c" 2) "3" 3) "b" 4) "2"                   |
        | ZREVRANGEBYSCORE k 1 3                            | (empty array)                                 |
        | ZRANGEBYLEX k [a (c                               | 1) "a" 2) "b"                                 |
        | ZREVRANGEBYLEX k + - LIMIT 0 1                    | 1) "d"                                        |

    Scenario: their fixed options cannot be given again
      When the client runs:
        | command                                   | reply                                                                    |
        | ZRANGEBYSCORE k 0 -1 REV                  | (error) ERR syntax error                                                 |
        | ZRANGEBYSCORE k -inf +inf LIMIT 0         | (error) ERR syntax error                                                 |
        | ZREVRANGE k 0 -1 BYSCORE                  | (error) ERR syntax error                                                 |
        | ZRANGEBYLEX k - + WITHSCORES              | (error) ERR syntax error, WITHSCORES not supported in combination with BYLEX |
        | ZRANGEBYLEX k a +                         | (error) ERR min or max not valid string range item                       |
        | ZRANGEBYSCORE k x 1                       | (error) ERR min or max is not a float                                    |

  Rule: ZRANGESTORE stores a range at another key

    Scenario: storing, replacing and deleting the destination
      When the client runs:
        | command                                       | reply                       |
        | ZADD src 1 a 2 b 3 c                          | (integer) 3                 |
        | SET dst x                                     | OK                          |
        | ZRANGESTORE dst src - + BYLEX LIMIT 1 1       | (integer) 1                 |
        | ZRANGE dst 0 -1                               | 1) "b"                      |
        | ZRANGESTORE dst src 5 (1 BYSCORE REV          | (integer) 2                 |
        | ZRANGE dst 0 -1 WITHSCORES                    | 1) "b" 2) "2" 3) "c" 4) "3" |
        | ZRANGESTORE dst src 5 10                      | (integer) 0                 |
        | EXISTS dst                                    | (integer) 0                 |
        | ZRANGESTORE dst src 0 -1 WITHSCORES           | (error) ERR syntax error    |
        | ZRANGESTORE dst src 0 -1 LIMIT 0 1            | (error) ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX |

  Rule: ZREMRANGEBYRANK, ZREMRANGEBYSCORE and ZREMRANGEBYLEX remove ranges

    Scenario: removing by rank, score and member
      When the client runs:
        | command                        | reply                                               |
        | ZADD k 1 a 2 b 3 c 4 d 5 e     | (integer) 5                                         |
        | ZREMRANGEBYRANK k -100 -5      | (integer) 1                                         |
        | ZREMRANGEBYRANK k 2 1          | (integer) 0                                         |
        | ZREMRANGEBYSCORE k (2 3        | (integer) 1                                         |
        | ZRANGE k 0 -1                  | 1) "b" 2) "d" 3) "e"                                |
        | ZADD lex 0 a 0 b 0 c 0 d       | (integer) 4                                         |
        | ZREMRANGEBYLEX lex (a [c       | (integer) 2                                         |
        | ZRANGE lex 0 -1                | 1) "a" 2) "d"                                       |
        | ZREMRANGEBYLEX lex - +         | (integer) 2                                         |
        | EXISTS lex                     | (integer) 0                                         |
        | ZREMRANGEBYRANK missing x 1    | (error) ERR value is not an integer or out of range |
        | ZREMRANGEBYSCORE missing x 1   | (error) ERR min or max is not a float               |
        | ZREMRANGEBYLEX missing x 1     | (error) ERR min or max not valid string range item  |

  Rule: ZPOPMIN and ZPOPMAX remove and return the lowest or highest members

    Scenario: popping one or several
      When the client runs:
        | command             | reply                                   |
        | ZADD k 1 a 2 b 3 c 4 d | (integer) 4                          |
        | ZPOPMIN k           | 1) "a" 2) "1"                           |
        | ZPOPMAX k 2         | 1) "d" 2) "4" 3) "c" 4) "3"             |
        | ZPOPMIN k 0         | (empty array)                           |
        | ZPOPMIN k 10        | 1) "b" 2) "2"                           |
        | EXISTS k            | (integer) 0                             |
        | ZPOPMIN missing     | (empty array)                           |
        | ZPOPMIN k -1        | (error) ERR value is out of range, must be positive |
        | ZPOPMAX missing x   | (error) ERR value is out of range, must be positive |
        | ZPOPMIN k 1 2       | (error) ERR syntax error                |

  Rule: ZMPOP pops from the first non-empty sorted set among several keys

    Scenario: popping with a count, and nothing to pop
      When the client runs:
        | command                            | reply                                              |
        | ZADD k 1 a 2 b 3 c                 | (integer) 3                                        |
        | ZMPOP 2 missing k MIN COUNT 2      | 1) "k" 2) 1) 1) "a" 2) "1" 2) 1) "b" 2) "2"        |
        | ZMPOP 1 k max                      | 1) "k" 2) 1) 1) "c" 2) "3"                         |
        | ZMPOP 1 k MIN                      | (nil)                                              |

    Scenario Outline: argument errors
      When the client runs:
        | command   | reply   |
        | <command> | <error> |

      Examples:
        | command                          | error                                          |
        | ZMPOP 0 k MIN                    | (error) ERR numkeys should be greater than 0   |
        | ZMPOP x k MIN                    | (error) ERR numkeys should be greater than 0   |
        | ZMPOP 2 k MIN                    | (error) ERR syntax error                       |
        | ZMPOP 1 k foo                    | (error) ERR syntax error                       |
        | ZMPOP 1 k MIN COUNT 0            | (error) ERR count should be greater than 0     |
        | ZMPOP 1 k MIN COUNT              | (error) ERR syntax error                       |
        | ZMPOP 1 k MIN COUNT 1 COUNT 1    | (error) ERR syntax error                       |
        | ZMPOP 1 k                        | (error) ERR wrong number of arguments for 'zmpop' command |

  Rule: BZPOPMIN, BZPOPMAX and BZMPOP pop at once when they can, or wait for a ZADD

    Scenario: a sorted set is there: no waiting
      When the client runs:
        | command                        | reply                                       |
        | ZADD b 1 x 2 y 3 z             | (integer) 3                                 |
        | BZPOPMIN a b 0                 | 1) "b" 2) "x" 3) "1"                        |
        | BZPOPMAX a b 0                 | 1) "b" 2) "z" 3) "3"                        |
        | BZMPOP 0 2 a b MIN COUNT 5     | 1) "b" 2) 1) 1) "y" 2) "2"                  |
        | EXISTS b                       | (integer) 0                                 |

    Scenario: a blocked client is served by another client's ZADD
      When client "B" blocks on "BZPOPMIN z 0"
      Then client "B" has received nothing
      When client "A" runs "ZADD z 2 b 1 a"
      Then the reply is "(integer) 2"
      And client "B" receives "1) \"z\" 2) \"a\" 3) \"1\""
      When the client runs:
        | command          | reply         |
        | ZRANGE z 0 -1    | 1) "b"        |

    Scenario: clients are served in the order they blocked, each from the key that got members
      When client "C" blocks on "BZPOPMAX z 0"
      And client "B" blocks on "BZMPOP 0 2 y z MIN COUNT 2"
      And client "D" blocks on "BZPOPMIN y z 0"
      And client "A" runs "ZADD z 1 a 2 b 3 c 4 d"
      Then client "C" receives "1) \"z\" 2) \"d\" 3) \"4\""
      And client "B" receives "1) \"z\" 2) 1) 1) \"a\" 2) \"1\" 2) 1) \"b\" 2) \"2\""
      And client "D" receives "1) \"z\" 2) \"c\" 3) \"3\""

    Scenario: a key of another type does not serve a sorted set waiter
      When client "B" blocks on "BZPOPMIN k 0"
      And client "A" runs "RPUSH k v"
      Then client "B" has received nothing

    Scenario: a timeout ends the wait with a nil
      When client "B" blocks on "BZMPOP 1.5 1 z MAX"
      And 1 second passes
      Then client "B" has received nothing
      When 1 second passes
      Then client "B" receives "(nil)"

    Scenario: inside MULTI they answer as timed out
      When the client runs:
        | command              | reply                           |
        | MULTI                | OK                              |
        | BZPOPMIN z 0         | QUEUED                          |
        | BZMPOP 0 1 z MIN     | QUEUED                          |
        | EXEC                 | 1) (nil) 2) (nil)               |

    Scenario Outline: argument errors
      When the client runs:
        | command   | reply   |
        | <command> | <error> |

      Examples:
        | command                          | error                                                        |
        | BZPOPMIN z abc                   | (error) ERR timeout is not a float or out of range          |
        | BZPOPMAX z -1                    | (error) ERR timeout is negative                              |
        | BZPOPMIN z                       | (error) ERR wrong number of arguments for 'bzpopmin' command |
        | BZMPOP x 0 z MIN                 | (error) ERR numkeys should be greater than 0                 |
        | BZMPOP x 1 z UP                  | (error) ERR syntax error                                     |
        | BZMPOP -1 1 z MIN COUNT 0        | (error) ERR count should be greater than 0                   |
        | BZMPOP -1 1 z MIN                | (error) ERR timeout is negative                              |
        | BZMPOP abc 1 z MIN               | (error) ERR timeout is not a float or out of range          |
        | BZMPOP 0 1 z                     | (error) ERR wrong number of arguments for 'bzmpop' command   |

    Scenario: a key of another type before the sorted set
      When the client runs:
        | command              | reply                                                                     |
        | SET s v              | OK                                                                        |
        | ZADD z 1 a           | (integer) 1                                                               |
        | BZPOPMIN s z 0       | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | BZMPOP 0 2 s z MIN   | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | BZPOPMIN nokey z 0   | 1) "z" 2) "a" 3) "1"                                                      |

  Rule: ZUNION, ZINTER and ZDIFF combine sorted sets, with WEIGHTS and AGGREGATE

    Background:
      Given the client runs:
        | command              | reply       |
        | ZADD a 1 x 2 y 3 z   | (integer) 3 |
        | ZADD b 1 y 2 z 3 w   | (integer) 3 |

    Scenario: union, intersection and difference
      When the client runs:
        | command                                                   | reply                                                    |
        | ZUNION 2 a b WITHSCORES                                   | 1) "x" 2) "1" 3) "w" 4) "3" 5) "y" 6) "3" 7) "z" 8) "5"  |
        | ZUNION 2 a b WEIGHTS 2 1 AGGREGATE MAX WITHSCORES         | 1) "x" 2) "2" 3) "w" 4) "3" 5) "y" 6) "4" 7) "z" 8) "6"  |
        | ZINTER 2 a b WITHSCORES                                   | 1) "y" 2) "3" 3) "z" 4) "5"                              |
        | ZINTER 2 a b AGGREGATE MIN WITHSCORES                     | 1) "y" 2) "1" 3) "z" 4) "2"                              |
        | ZINTER 2 a missing                                        | (empty array)                                            |
        | ZDIFF 2 a b WITHSCORES                                    | 1) "x" 2) "1"                                            |
        | ZDIFF 2 b a                                               | 1) "w"                                                   |

    Scenario: plain sets count as members of score 1
      When the client runs:
        | command                                   | reply                                                   |
        | SADD s x q                                | (integer) 2                                             |
        | ZUNION 2 s a WEIGHTS 2 1 WITHSCORES       | 1) "q" 2) "2" 3) "y" 4) "2" 5) "x" 6) "3" 7) "z" 8) "3" |
        | ZINTER 2 a s WITHSCORES                   | 1) "x" 2) "2"                                           |
        | ZDIFF 2 s a                               | 1) "q"                                                  |
        | ZINTERCARD 2 s b                          | (integer) 0                                             |
        | ZUNIONSTORE dst 1 s                       | (integer) 2                                             |
        | ZRANGE dst 0 -1 WITHSCORES                | 1) "q" 2) "1" 3) "x" 4) "1"                             |
        | ZRANGE s 0 -1                             | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

    Scenario: a weighted infinity that meets zero counts as zero
      When the client runs:
        | command                                    | reply                         |
        | ZADD inf +inf p -inf q                     | (integer) 2                   |
        | ZUNION 1 inf WEIGHTS 0 WITHSCORES          | 1) "p" 2) "0" 3) "q" 4) "0"   |
        | ZUNION 2 inf inf WEIGHTS 1 -1 WITHSCORES   | 1) "p" 2) "0" 3) "q" 4) "0"   |

    Scenario Outline: argument errors
      When the client runs:
        | command   | reply   |
        | <command> | <error> |

      Examples:
        | command                        | error                                                     |
        | ZUNION 0 a                     | (error) ERR at least 1 input key is needed for 'zunion' command |
        | ZINTER -1 a                    | (error) ERR at least 1 input key is needed for 'zinter' command |
        | ZDIFF x a                      | (error) ERR value is not an integer or out of range       |
        | ZUNION 3 a b                   | (error) ERR syntax error                                  |
        | ZUNION 1 a WEIGHTS             | (error) ERR syntax error                                  |
        | ZUNION 1 a WEIGHTS x           | (error) ERR weight value is not a float                   |
        | ZUNION 1 a WEIGHTS 1 2         | (error) ERR syntax error                                  |
        | ZINTER 1 a AGGREGATE foo       | (error) ERR syntax error                                  |
        | ZDIFF 1 a WEIGHTS 1            | (error) ERR syntax error                                  |
        | ZDIFF 1 a AGGREGATE SUM        | (error) ERR syntax error                                  |

  Rule: ZUNIONSTORE, ZINTERSTORE and ZDIFFSTORE store the result, or delete the destination when empty

    Scenario: storing results
      When the client runs:
        | command                                       | reply                                           |
        | ZADD a 1 x 2 y                                | (integer) 2                                     |
        | ZADD b 10 y 5 z                               | (integer) 2                                     |
        | ZUNIONSTORE dst 2 a b WEIGHTS 1 2             | (integer) 3                                     |
        | ZRANGE dst 0 -1 WITHSCORES                    | 1) "x" 2) "1" 3) "z" 4) "10" 5) "y" 6) "22"     |
        | ZINTERSTORE dst 2 a b AGGREGATE MAX           | (integer) 1                                     |
        | ZRANGE dst 0 -1 WITHSCORES                    | 1) "y" 2) "10"                                  |
        | ZDIFFSTORE dst 2 a b                          | (integer) 1                                     |
        | ZRANGE dst 0 -1 WITHSCORES                    | 1) "x" 2) "1"                                   |
        | ZINTERSTORE dst 2 a missing                   | (integer) 0                                     |
        | EXISTS dst                                    | (integer) 0                                     |
        | ZUNIONSTORE dst 1 a WITHSCORES                | (error) ERR syntax error                        |
        | ZDIFFSTORE dst 0 a                            | (error) ERR at least 1 input key is needed for 'zdiffstore' command |

  Rule: ZINTERCARD counts the intersection, up to a LIMIT

    Scenario: counting with and without a limit
      When the client runs:
        | command                             | reply                                         |
        | ZADD a 1 x 2 y 3 z                  | (integer) 3                                   |
        | ZADD b 1 x 2 y 3 w                  | (integer) 3                                   |
        | ZINTERCARD 2 a b                    | (integer) 2                                   |
        | ZINTERCARD 2 a b LIMIT 1            | (integer) 1                                   |
        | ZINTERCARD 2 a b LIMIT 0            | (integer) 2                                   |
        | ZINTERCARD 2 a missing              | (integer) 0                                   |
        | ZINTERCARD 1 a LIMIT -1             | (error) ERR LIMIT can't be negative           |
        | ZINTERCARD 0 a                      | (error) ERR at least 1 input key is needed for 'zintercard' command |
        | ZINTERCARD 1 a WEIGHTS 1            | (error) ERR syntax error                      |

  Rule: ZRANDMEMBER picks random members, distinct for a positive count

    Scenario: counts and their limits
      When the client runs:
        | command                                        | reply                                          |
        | ZADD k 1 a 2 b 3 c                             | (integer) 3                                    |
        | ZRANDMEMBER k 10                               | 1) "c" 2) "b" 3) "a"                           |
        | ZRANDMEMBER k 3 WITHSCORES                     | 1) "c" 2) "3" 3) "b" 4) "2" 5) "a" 6) "1"      |
        | ZADD one 1 only                                | (integer) 1                                    |
        | ZRANDMEMBER one                                | "only"                                         |
        | ZRANDMEMBER one -3                             | 1) "only" 2) "only" 3) "only"                  |
        | ZRANDMEMBER k 0                                | (empty array)                                  |
        | ZRANDMEMBER missing                            | (nil)                                          |
        | ZRANDMEMBER missing -3                         | (empty array)                                  |
        | ZRANDMEMBER k x                                | (error) ERR value is not an integer or out of range |
        | ZRANDMEMBER k 1 foo                            | (error) ERR syntax error                       |
        | ZRANDMEMBER k -4611686018427387904 WITHSCORES  | (error) ERR value is out of range              |
        | ZRANDMEMBER k 4611686018427387904 WITHSCORES   | (error) ERR value is out of range              |
        | ZRANDMEMBER k -9223372036854775808             | (error) ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807 |

  Rule: ZSCAN iterates members with their scores

    Scenario: a compact set comes whole, its scores as the listpack stores them
      When the client runs:
        | command                          | reply                                                       |
        | ZADD k 1 a 1.5 ab 123456789012345678 h | (integer) 3                                           |
        | ZSCAN k 0                        | 1) "0" 2) 1) "a" 2) "1" 3) "ab" 4) "1.5" 5) "h" 6) "123456789012345680" |
        | ZSCAN k 0 MATCH a* COUNT 1       | 1) "0" 2) 1) "a" 2) "1" 3) "ab" 4) "1.5"                     |
        | ZSCORE k h                       | "1.2345678901234568e+17"                                    |
        | ZSCAN missing 0 COUNT x          | 1) "0" 2) (empty array)                                     |

    Scenario: a skip list set shows its scores as doubles
      When the client runs:
        | command                                 | reply                                          |
        | CONFIG SET zset-max-listpack-entries 0  | OK                                             |
        | ZADD big 123456789012345678 h           | (integer) 1                                    |
        | ZSCAN big 0                             | 1) "0" 2) 1) "h" 2) "1.2345678901234568e+17"   |

    Scenario Outline: cursor and option errors
      When the client runs:
        | command     | reply   |
        | ZADD k 1 a  | (integer) 1 |
        | <command>   | <error> |

      Examples:
        | command                       | error                                                |
        | ZSCAN k x                     | (error) ERR invalid cursor                           |
        | ZSCAN k 18446744073709551616  | (error) ERR invalid cursor                           |
        | ZSCAN k 0 COUNT 0             | (error) ERR syntax error                             |
        | ZSCAN k 0 COUNT x             | (error) ERR value is not an integer or out of range  |
        | ZSCAN k 0 MATCH               | (error) ERR syntax error                             |
        | ZSCAN k 0 TYPE zset           | (error) ERR syntax error                             |

  Rule: Sorted set changes publish keyspace events

    Scenario: the events of ZADD, ZINCRBY, ZREM and ZPOPMIN
      Given the server is started with "--notify-keyspace-events Ez"
      When client "sub" runs "PSUBSCRIBE __keyevent@0__:*"
      And client "writer" runs "ZADD k 1 a 2 b"
      And client "writer" runs "ZADD k 1 a"
      And client "writer" runs "ZINCRBY k 1 a"
      And client "writer" runs "ZREM k a"
      And client "writer" runs "ZPOPMIN k"
      Then client "sub" receives "1) \"pmessage\" 2) \"__keyevent@0__:*\" 3) \"__keyevent@0__:zadd\" 4) \"k\""
      And client "sub" receives "1) \"pmessage\" 2) \"__keyevent@0__:*\" 3) \"__keyevent@0__:zincr\" 4) \"k\""
      And client "sub" receives "1) \"pmessage\" 2) \"__keyevent@0__:*\" 3) \"__keyevent@0__:zrem\" 4) \"k\""
      And client "sub" receives "1) \"pmessage\" 2) \"__keyevent@0__:*\" 3) \"__keyevent@0__:zpopmin\" 4) \"k\""
      And client "sub" has received nothing

  Rule: In RESP3 scores are doubles, and members with scores come in pairs

    Scenario: ZSCORE, ZMSCORE, ZINCRBY and ZADD INCR answer doubles
      When the client runs:
        | command               | reply                      |
        | HELLO 3               |                            |
        | ZADD k 1.5 a 2 b      | (integer) 2                |
        | ZSCORE k a            | (double) 1.5               |
        | ZSCORE k nope         | (nil)                      |
        | ZMSCORE k a nope      | 1) (double) 1.5 2) (nil)   |
        | ZINCRBY k 1 b         | (double) 3                 |
        | ZADD k INCR 1 a       | (double) 2.5               |
        | ZADD k INCR NX 1 a    | (nil)                      |
        | ZADD k +inf top       | (integer) 1                |
        | ZSCORE k top          | (double) inf               |

    Scenario: WITHSCORES and pops nest a pair per member, ZSCAN stays flat
      When the client runs:
        | command                               | reply                                                        |
        | HELLO 3                               |                                                              |
        | ZADD k 1 a 2 b 3 c                    | (integer) 3                                                  |
        | ZRANGE k 0 1 WITHSCORES               | 1) 1) "a" 2) (double) 1 2) 1) "b" 2) (double) 2              |
        | ZRANGE k 0 1                          | 1) "a" 2) "b"                                                |
        | ZREVRANGEBYSCORE k +inf 3 WITHSCORES  | 1) 1) "c" 2) (double) 3                                      |
        | ZUNION 1 k WITHSCORES                 | 1) 1) "a" 2) (double) 1 2) 1) "b" 2) (double) 2 3) 1) "c" 2) (double) 3 |
        | ZRANDMEMBER k 5 WITHSCORES            | 1) 1) "c" 2) (double) 3 2) 1) "b" 2) (double) 2 3) 1) "a" 2) (double) 1 |
        | ZSCAN k 0                             | 1) "0" 2) 1) "a" 2) "1" 3) "b" 4) "2" 5) "c" 6) "3"          |
        | ZPOPMIN k                             | 1) "a" 2) (double) 1                                         |
        | ZPOPMAX k 1                           | 1) 1) "c" 2) (double) 3                                      |
        | ZMPOP 1 k MIN COUNT 5                 | 1) "k" 2) 1) 1) "b" 2) (double) 2                            |
        | ZMPOP 1 k MIN                         | (nil)                                                        |
        | ZADD k 1.5 a 2 b                      | (integer) 2                                                  |
        | BZPOPMIN k 0                          | 1) "k" 2) "a" 3) (double) 1.5                                |
        | BZMPOP 0 1 k MAX                      | 1) "k" 2) 1) 1) "b" 2) (double) 2                            |
