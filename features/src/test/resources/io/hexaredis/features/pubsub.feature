Feature: Publish/subscribe
  Clients SUBSCRIBE to channels or PSUBSCRIBE to glob patterns and receive every message PUBLISHed
  there, pushed to them as it happens. PUBLISH answers how many clients received the message. In
  RESP2 a subscribed client may only (un)subscribe, PING, QUIT and RESET; in RESP3 messages arrive
  as push frames between ordinary replies.

  Rule: SUBSCRIBE confirms each channel and delivers messages

    Scenario: one subscriber, one publisher
      When client "sub" runs "SUBSCRIBE news weather"
      Then the reply is "1) \"subscribe\" 2) \"news\" 3) (integer) 1"
      And client "sub" receives "1) \"subscribe\" 2) \"weather\" 3) (integer) 2"
      When client "pub" runs "PUBLISH news hello"
      Then the reply is "(integer) 1"
      And client "sub" receives "1) \"message\" 2) \"news\" 3) \"hello\""
      When client "pub" runs "PUBLISH sports goal"
      Then the reply is "(integer) 0"

  Rule: PSUBSCRIBE matches channels with glob patterns

    Scenario: a pattern and a channel subscription both receive
      When client "sub" runs "PSUBSCRIBE new*"
      Then the reply is "1) \"psubscribe\" 2) \"new*\" 3) (integer) 1"
      When client "sub" runs "SUBSCRIBE news"
      Then the reply is "1) \"subscribe\" 2) \"news\" 3) (integer) 2"
      When client "pub" runs "PUBLISH news hi"
      Then the reply is "(integer) 2"
      And client "sub" receives "1) \"message\" 2) \"news\" 3) \"hi\""
      And client "sub" receives "1) \"pmessage\" 2) \"new*\" 3) \"news\" 4) \"hi\""

  Rule: UNSUBSCRIBE without channels leaves all of them

    Scenario: unsubscribing from everything, and from nothing
      When client "sub" runs "SUBSCRIBE a b"
      And client "sub" receives "1) \"subscribe\" 2) \"b\" 3) (integer) 2"
      And client "sub" runs "UNSUBSCRIBE"
      Then the reply is "1) \"unsubscribe\" 2) \"a\" 3) (integer) 1"
      And client "sub" receives "1) \"unsubscribe\" 2) \"b\" 3) (integer) 0"
      When client "sub" runs "UNSUBSCRIBE"
      Then the reply is "1) \"unsubscribe\" 2) (nil) 3) (integer) 0"
      When client "sub" runs "PUNSUBSCRIBE"
      Then the reply is "1) \"punsubscribe\" 2) (nil) 3) (integer) 0"
      When client "sub" runs "GET x"
      Then the reply is "(nil)"

  Rule: In RESP2 a subscribed client may only use the subscription commands, PING, QUIT and RESET

    Scenario: GET is refused, PING answers in message form
      When client "sub" runs "SUBSCRIBE c"
      And client "sub" runs "GET x"
      Then the reply is "(error) ERR Can't execute 'get': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context"
      When client "sub" runs "PING"
      Then the reply is "1) \"pong\" 2) \"\""
      When client "sub" runs "PING hello"
      Then the reply is "1) \"pong\" 2) \"hello\""

  Rule: In RESP3 subscribed clients keep using every command and receive push frames

    Scenario: a RESP3 subscriber runs GET between messages
      When client "sub" runs "HELLO 3"
      And client "sub" runs "SUBSCRIBE c"
      Then the reply is "1) \"subscribe\" 2) \"c\" 3) (integer) 1"
      When client "sub" runs "GET x"
      Then the reply is "(nil)"
      When client "sub" runs "PING"
      Then the reply is "PONG"
      When client "pub" runs "PUBLISH c m"
      Then client "sub" receives "1) \"message\" 2) \"c\" 3) \"m\""

  Rule: PUBSUB inspects the subscriptions

    Scenario: channels, subscriber counts and patterns
      When client "a" runs "SUBSCRIBE news.1 news.2"
      And client "a" receives "1) \"subscribe\" 2) \"news.2\" 3) (integer) 2"
      And client "b" runs "SUBSCRIBE news.1"
      And client "b" runs "PSUBSCRIBE n*"
      And the client runs:
        | command                         | reply                                                      |
        | PUBSUB NUMSUB news.1 news.2 x   | 1) "news.1" 2) (integer) 2 3) "news.2" 4) (integer) 1 5) "x" 6) (integer) 0 |
        | PUBSUB NUMPAT                   | (integer) 1                                                |
        | PUBSUB CHANNELS news.2          | 1) "news.2"                                                |
        | PUBSUB CHANNELS x*              | (empty array)                                              |
        | PUBSUB SHARDCHANNELS            | (empty array)                                              |
        | PUBSUB NOSUCH                   | (error) ERR unknown subcommand 'NOSUCH'. Try PUBSUB HELP.   |

  Rule: Shard channels are a namespace of their own

    Scenario: SSUBSCRIBE receives SPUBLISH only
      When client "sub" runs "SSUBSCRIBE orders"
      Then the reply is "1) \"ssubscribe\" 2) \"orders\" 3) (integer) 1"
      When client "pub" runs "PUBLISH orders plain"
      Then the reply is "(integer) 0"
      When client "pub" runs "SPUBLISH orders sharded"
      Then the reply is "(integer) 1"
      And client "sub" receives "1) \"smessage\" 2) \"orders\" 3) \"sharded\""
      When client "pub" runs "PUBSUB SHARDNUMSUB orders"
      Then the reply is "1) \"orders\" 2) (integer) 1"
      When client "sub" runs "SUNSUBSCRIBE"
      Then the reply is "1) \"sunsubscribe\" 2) \"orders\" 3) (integer) 0"

  Rule: Keyspace notifications publish changes to keys when notify-keyspace-events enables them

    Scenario: keyspace and keyevent channels for SET
      Given the server is started with "--notify-keyspace-events KEA"
      When client "sub" runs "PSUBSCRIBE __key*@0__:*"
      And client "writer" runs "SET user:1 alice"
      Then client "sub" receives "1) \"pmessage\" 2) \"__key*@0__:*\" 3) \"__keyspace@0__:user:1\" 4) \"set\""
      And client "sub" receives "1) \"pmessage\" 2) \"__key*@0__:*\" 3) \"__keyevent@0__:set\" 4) \"user:1\""

    Scenario: notifications are off by default and switched on at run time
      When client "sub" runs "SUBSCRIBE __keyevent@0__:set"
      And client "writer" runs "SET a 1"
      Then client "sub" has received nothing
      When client "writer" runs "CONFIG SET notify-keyspace-events E$"
      And client "writer" runs "SET a 2"
      Then client "sub" receives "1) \"message\" 2) \"__keyevent@0__:set\" 3) \"a\""

  Rule: String commands publish set, setrange, append, incrby and incrbyfloat

    Background:
      Given the server is started with "--notify-keyspace-events EA"
      And client "sub" runs "PSUBSCRIBE __keyevent@*__:*"

    Scenario: each string write names itself; a write that changes nothing publishes nothing
      When the client runs:
        | command            | reply       |
        | SET s hello EX 100 | OK          |
        | SET s v NX         | (nil)       |
        | SETRANGE s 1 EY    | (integer) 5 |
        | APPEND s !         | (integer) 6 |
        | GETDEL s           | "hEYlo!"    |
        | MSET a 1 b 2       | OK          |
      Then client "sub" receives the messages:
        | channel                    | message |
        | __keyevent@0__:set         | s       |
        | __keyevent@0__:expire      | s       |
        | __keyevent@0__:setrange    | s       |
        | __keyevent@0__:append      | s       |
        | __keyevent@0__:del         | s       |
        | __keyevent@0__:set         | a       |
        | __keyevent@0__:set         | b       |
      And client "sub" has received nothing

    Scenario: INCR, INCRBY and DECR all publish incrby; INCRBYFLOAT publishes incrbyfloat
      When the client runs:
        | command           | reply       |
        | INCR n            | (integer) 1 |
        | INCRBY n 5        | (integer) 6 |
        | DECR n            | (integer) 5 |
        | INCRBYFLOAT f 1.5 | "1.5"       |
        | SET w word        | OK          |
        | INCR w            | (error) ERR value is not an integer or out of range |
      Then client "sub" receives the messages:
        | channel                    | message |
        | __keyevent@0__:incrby      | n       |
        | __keyevent@0__:incrby      | n       |
        | __keyevent@0__:incrby      | n       |
        | __keyevent@0__:incrbyfloat | f       |
        | __keyevent@0__:set         | w       |
      And client "sub" has received nothing

  Rule: Generic commands publish del, expire, persist, rename_from and rename_to, move_from and move_to, and expired

    Background:
      Given the server is started with "--notify-keyspace-events KEA --enable-debug-command yes"
      And client "sub" runs "PSUBSCRIBE __keyevent@*__:*"

    Scenario: DEL, EXPIRE, PERSIST and RENAME
      When the client runs:
        | command         | reply       |
        | MSET a 1 b 2    | OK          |
        | DEL a b missing | (integer) 2 |
        | SET k v         | OK          |
        | EXPIRE k 100    | (integer) 1 |
        | PERSIST k       | (integer) 1 |
        | RENAME k k2     | OK          |
        | COPY k2 k3      | (integer) 1 |
        | EXPIRE k2 0     | (integer) 1 |
      Then client "sub" receives the messages:
        | channel                    | message |
        | __keyevent@0__:set         | a       |
        | __keyevent@0__:set         | b       |
        | __keyevent@0__:del         | a       |
        | __keyevent@0__:del         | b       |
        | __keyevent@0__:set         | k       |
        | __keyevent@0__:expire      | k       |
        | __keyevent@0__:persist     | k       |
        | __keyevent@0__:rename_from | k       |
        | __keyevent@0__:rename_to   | k2      |
        | __keyevent@0__:copy_to     | k3      |
        | __keyevent@0__:del         | k2      |
      And client "sub" has received nothing

    Scenario: the keyspace channel names the key and carries the event
      When client "ks" runs "PSUBSCRIBE __keyspace@0__:*"
      And the client runs:
        | command     | reply |
        | SET k v     | OK    |
        | RENAME k k2 | OK    |
      Then client "ks" receives the messages:
        | channel             | message     |
        | __keyspace@0__:k    | set         |
        | __keyspace@0__:k    | rename_from |
        | __keyspace@0__:k2   | rename_to   |

    Scenario: MOVE publishes move_from in the source database and move_to in the target
      When the client runs:
        | command  | reply       |
        | SET m v  | OK          |
        | MOVE m 1 | (integer) 1 |
      Then client "sub" receives the messages:
        | channel                  | message |
        | __keyevent@0__:set       | m       |
        | __keyevent@0__:move_from | m       |
        | __keyevent@1__:move_to   | m       |

    Scenario: a key found expired by a command publishes expired (lazy expiry)
      When the client runs:
        | command                   | reply |
        | DEBUG SET-ACTIVE-EXPIRE 0 | OK    |
        | SET k v EX 10             | OK    |
      And 10 seconds pass
      Then client "sub" receives the messages:
        | channel               | message |
        | __keyevent@0__:set    | k       |
        | __keyevent@0__:expire | k       |
      And client "sub" has received nothing
      When the client runs "GET k"
      Then the reply is "(nil)"
      And client "sub" receives the messages:
        | channel                | message |
        | __keyevent@0__:expired | k       |

    Scenario: the active expiry cycle publishes expired with nobody reading the key
      When the client runs "SET k v EX 10"
      And 10 seconds pass
      Then client "sub" receives the messages:
        | channel                | message |
        | __keyevent@0__:set     | k       |
        | __keyevent@0__:expire  | k       |
        | __keyevent@0__:expired | k       |

  Rule: List commands publish lpush, rpush, lpop, rpop, linsert, lset, ltrim and lrem, then del when the list is emptied

    Background:
      Given the server is started with "--notify-keyspace-events EA"
      And client "sub" runs "PSUBSCRIBE __keyevent@*__:*"

    Scenario: a list from its first push to its last pop
      When the client runs:
        | command              | reply         |
        | LPUSH l a b c        | (integer) 3   |
        | RPUSH l d            | (integer) 4   |
        | LPOP l               | "c"           |
        | LINSERT l BEFORE a x | (integer) 4   |
        | LINSERT l BEFORE z x | (integer) -1  |
        | LSET l 0 y           | OK            |
        | LTRIM l 0 2          | OK            |
        | LREM l 0 y           | (integer) 1   |
        | LREM l 0 nothing     | (integer) 0   |
        | RPOP l 2             | 1) "a" 2) "x" |
      Then client "sub" receives the messages:
        | channel                | message |
        | __keyevent@0__:lpush   | l       |
        | __keyevent@0__:rpush   | l       |
        | __keyevent@0__:lpop    | l       |
        | __keyevent@0__:linsert | l       |
        | __keyevent@0__:lset    | l       |
        | __keyevent@0__:ltrim   | l       |
        | __keyevent@0__:lrem    | l       |
        | __keyevent@0__:rpop    | l       |
        | __keyevent@0__:del     | l       |
      And client "sub" has received nothing

    Scenario: a push that serves a blocked client publishes the push, then the pop
      When client "b" blocks on "BLPOP q 0"
      And the client runs "RPUSH q job"
      Then client "b" receives "1) \"q\" 2) \"job\""
      And client "sub" receives the messages:
        | channel              | message |
        | __keyevent@0__:rpush | q       |
        | __keyevent@0__:lpop  | q       |
        | __keyevent@0__:del   | q       |

  Rule: Hash commands publish hset, hdel, hincrby and hincrbyfloat, then del when the hash is emptied

    Background:
      Given the server is started with "--notify-keyspace-events EA"
      And client "sub" runs "PSUBSCRIBE __keyevent@*__:*"

    Scenario: HSET publishes even when no field is new
      When the client runs:
        | command              | reply       |
        | HSET h a 1 b 2       | (integer) 2 |
        | HSET h a 1           | (integer) 0 |
        | HDEL h a             | (integer) 1 |
        | HDEL h missing       | (integer) 0 |
        | HINCRBY h n 5        | (integer) 5 |
        | HINCRBYFLOAT h f 0.5 | "0.5"       |
        | HDEL h b n f         | (integer) 3 |
      Then client "sub" receives the messages:
        | channel                     | message |
        | __keyevent@0__:hset         | h       |
        | __keyevent@0__:hset         | h       |
        | __keyevent@0__:hdel         | h       |
        | __keyevent@0__:hincrby      | h       |
        | __keyevent@0__:hincrbyfloat | h       |
        | __keyevent@0__:hdel         | h       |
        | __keyevent@0__:del          | h       |
      And client "sub" has received nothing

  Rule: Set commands publish sadd, srem and spop, then del when the set is emptied

    Background:
      Given the server is started with "--notify-keyspace-events EA"
      And client "sub" runs "PSUBSCRIBE __keyevent@*__:*"

    Scenario: adding, removing, moving and popping members
      When the client runs:
        | command          | reply       |
        | SADD s1 a b c    | (integer) 3 |
        | SADD s1 a        | (integer) 0 |
        | SREM s1 a        | (integer) 1 |
        | SADD s2 c        | (integer) 1 |
        | SMOVE s1 s2 b    | (integer) 1 |
        | SPOP s1          | "c"         |
      And the client runs "SPOP s2 5"
      Then the reply, sorted, is "1) "b" 2) "c""
      And client "sub" receives the messages:
        | channel              | message |
        | __keyevent@0__:sadd  | s1      |
        | __keyevent@0__:srem  | s1      |
        | __keyevent@0__:sadd  | s2      |
        | __keyevent@0__:srem  | s1      |
        | __keyevent@0__:sadd  | s2      |
        | __keyevent@0__:spop  | s1      |
        | __keyevent@0__:del   | s1      |
        | __keyevent@0__:spop  | s2      |
        | __keyevent@0__:del   | s2      |
      And client "sub" has received nothing

  Rule: Sorted set commands publish zadd, zincr, zrem, the zremrangeby family, zpopmin and zpopmax, and the STORE events

    Background:
      Given the server is started with "--notify-keyspace-events EA"
      And client "sub" runs "PSUBSCRIBE __keyevent@*__:*"

    Scenario: ZINCRBY publishes zincr; a ZADD that changes nothing publishes nothing
      When the client runs:
        | command               | reply                        |
        | ZADD z 1 a 2 b 3 c    | (integer) 3                  |
        | ZADD z NX 5 a         | (integer) 0                  |
        | ZINCRBY z 10 a        | "11"                         |
        | ZREM z b missing      | (integer) 1                  |
        | ZADD s 1 x            | (integer) 1                  |
        | ZUNIONSTORE u 2 z s   | (integer) 3                  |
        | ZRANGESTORE top u 0 0 | (integer) 1                  |
        | ZPOPMAX z 2           | 1) "a" 2) "11" 3) "c" 4) "3" |
      Then client "sub" receives the messages:
        | channel                    | message |
        | __keyevent@0__:zadd        | z       |
        | __keyevent@0__:zincr       | z       |
        | __keyevent@0__:zrem        | z       |
        | __keyevent@0__:zadd        | s       |
        | __keyevent@0__:zunionstore | u       |
        | __keyevent@0__:zrangestore | top     |
        | __keyevent@0__:zpopmax     | z       |
        | __keyevent@0__:del         | z       |
      And client "sub" has received nothing

    Scenario: removing ranges by score, rank and lex
      When the client runs:
        | command                  | reply         |
        | ZADD r 1 a 2 b 3 c 4 d   | (integer) 4   |
        | ZREMRANGEBYSCORE r 1 1   | (integer) 1   |
        | ZREMRANGEBYSCORE r 9 10  | (integer) 0   |
        | ZREMRANGEBYRANK r 0 0    | (integer) 1   |
        | ZREMRANGEBYLEX r [c [c   | (integer) 1   |
        | ZPOPMIN r                | 1) "d" 2) "4" |
      Then client "sub" receives the messages:
        | channel                         | message |
        | __keyevent@0__:zadd             | r       |
        | __keyevent@0__:zremrangebyscore | r       |
        | __keyevent@0__:zremrangebyrank  | r       |
        | __keyevent@0__:zremrangebylex   | r       |
        | __keyevent@0__:zpopmin          | r       |
        | __keyevent@0__:del              | r       |
      And client "sub" has received nothing

  Rule: Class n (not part of A) publishes new whenever a key is added, before the command's own event

    Scenario: new keys, overwritten keys and the destination of RENAME
      Given the server is started with "--notify-keyspace-events Eg$ln"
      When client "sub" runs "PSUBSCRIBE __keyevent@*__:*"
      And the client runs:
        | command      | reply       |
        | SET k v      | OK          |
        | SET k w      | OK          |
        | RPUSH l a    | (integer) 1 |
        | SET t x      | OK          |
        | RENAME k t   | OK          |
        | MOVE t 1     | (integer) 1 |
      Then client "sub" receives the messages:
        | channel                    | message |
        | __keyevent@0__:new         | k       |
        | __keyevent@0__:set         | k       |
        | __keyevent@0__:set         | k       |
        | __keyevent@0__:new         | l       |
        | __keyevent@0__:rpush       | l       |
        | __keyevent@0__:new         | t       |
        | __keyevent@0__:set         | t       |
        | __keyevent@0__:new         | t       |
        | __keyevent@0__:rename_from | k       |
        | __keyevent@0__:rename_to   | t       |
        | __keyevent@1__:new         | t       |
        | __keyevent@0__:move_from   | t       |
        | __keyevent@1__:move_to     | t       |
      And client "sub" has received nothing
