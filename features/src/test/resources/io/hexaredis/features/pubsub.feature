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
