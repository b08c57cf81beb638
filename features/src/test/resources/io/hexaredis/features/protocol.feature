Feature: The protocol
  Clients talk to the server in RESP: requests are arrays of bulk strings, and replies are typed
  (status, error, integer, bulk, array; RESP3 adds maps, sets, doubles and more). People typing in
  telnet use inline commands. Requests can be pipelined; a malformed request closes only the
  connection that sent it.

  Rule: Connections start in RESP2; HELLO 3 switches them to RESP3

    Scenario: the same commands answered in RESP2, then in RESP3
      When the client runs:
        | command        | reply                         |
        | GET missing    | (nil)                         |
        | HELLO 2        | 1) "server" 2) "redis" 3) "version" 4) "7.0.15" 5) "proto" 6) (integer) 2 7) "id" 8) (integer) 1 9) "mode" 10) "standalone" 11) "role" 12) "master" 13) "modules" 14) (empty array) |
        | HELLO 3        | 1# "server" => "redis" 2# "version" => "7.0.15" 3# "proto" => (integer) 3 4# "id" => (integer) 1 5# "mode" => "standalone" 6# "role" => "master" 7# "modules" => (empty array) |
        | GET missing    | (nil)                         |
        | SET k v        | OK                            |
        | GET k          | "v"                           |
      When the client sends "GET missing\r\n"
      Then the client receives "(nil)"

    Scenario: each connection has its own protocol
      When the client runs "HELLO 3"
      And client "B" runs "HELLO"
      Then the reply matches "6\) \(integer\) 2"

  Rule: Inline commands are split like redis-cli words

    Scenario: an inline PING and an inline SET with quotes
      When the client sends "PING\r\nSET \"a key\" 'a value'\r\nGET \"a key\"\r\n"
      Then the client receives "PONG"
      And the client receives "OK"
      And the client receives "\"a value\""

    Scenario: escapes inside double quotes, single quotes, a bare LF as line end, blank lines ignored
      When the client sends "SET k \"tab\\there\\x21\"\r\n\r\n   \r\nSET q 'a b'\nGET k\nGET q\n"
      Then the client receives "OK"
      And the client receives "OK"
      And the client receives "\"tab\there!\""
      And the client receives "\"a b\""

    Scenario: unbalanced quotes close the connection with Redis's error
      When the client sends "SET \"a b\r\n"
      Then the client receives "(error) ERR Protocol error: unbalanced quotes in request"
      And the server closes the connection

    Scenario: text right after a closing quote is unbalanced too
      When the client sends "ECHO \"a\"b\r\n"
      Then the client receives "(error) ERR Protocol error: unbalanced quotes in request"
      And the server closes the connection

    Scenario: an inline request longer than 64 KB without a newline is refused
      When the client sends "x" 70000 times in one write
      Then the client receives "(error) ERR Protocol error: too big inline request"
      And the server closes the connection

  Rule: Requests can be pipelined: every reply comes back, in order

    Scenario: a thousand inline PINGs in one write
      When the client sends "PING\r\n" 1000 times in one write
      Then the client receives "PONG" 1000 times

    Scenario: five hundred multibulk requests in one write
      When the client sends "*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n" 500 times in one write
      Then the client receives "OK" 500 times
      When the client sends "*2\r\n$3\r\nGET\r\n$3\r\nkey\r\n" 500 times in one write
      Then the client receives "\"value\"" 500 times

    Scenario: empty requests are ignored
      When the client sends "*0\r\n*-1\r\n*1\r\n$4\r\nPING\r\n"
      Then the client receives "PONG"

  Rule: Unknown commands and wrong arity get Redis's errors and the connection stays open

    Scenario: errors, then a working command
      When the client runs:
        | command     | reply                                                                   |
        | FOO a b     | (error) ERR unknown command 'FOO', with args beginning with: 'a' 'b'    |
        | GET         | (error) ERR wrong number of arguments for 'get' command                 |
        | PING        | PONG                                                                    |

  Rule: A malformed multibulk request closes only that connection

    Scenario: an invalid bulk length
      When the client sends "*1\r\n$x\r\n"
      Then the client receives "(error) ERR Protocol error: invalid bulk length"
      And the server closes the connection
      And client "other" runs "PING"
      And the reply is "PONG"

    Scenario Outline: every framing error has Redis's text
      When the client sends "<bytes>"
      Then the client receives "(error) ERR Protocol error: <error>"
      And the server closes the connection

      Examples:
        | bytes                          | error                        |
        | *abc\r\n                       | invalid multibulk length     |
        | *3000000000\r\n                | invalid multibulk length     |
        | *1\n$4\r\nPING\r\n             | invalid multibulk length     |
        | *1\r\n:4\r\n                   | expected '$', got ':'        |
        | *1\r\n$-1\r\n                  | invalid bulk length          |
        | *1\r\n$536870913\r\n           | invalid bulk length          |

    Scenario: a multibulk count line longer than 64 KB
      When the client sends "*"
      And the client sends "1" 70000 times in one write
      Then the client receives "(error) ERR Protocol error: too big mbulk count string"
      And the server closes the connection

    Scenario: a bulk length line longer than 64 KB
      When the client sends "*1\r\n$"
      And the client sends "1" 70000 times in one write
      Then the client receives "(error) ERR Protocol error: too big bulk count string"
      And the server closes the connection

  Rule: proto-max-bulk-len bounds each argument

    Scenario: a bulk over the limit is refused before its data is read
      Given the server is started with "--proto-max-bulk-len 1mb"
      When the client sends "*2\r\n$4\r\nECHO\r\n$1048577\r\n"
      Then the client receives "(error) ERR Protocol error: invalid bulk length"
      And the server closes the connection

  Rule: client-query-buffer-limit closes a client whose request grows past it

    Scenario: a huge argument still arriving
      Given the server is started with "--client-query-buffer-limit 1mb"
      When the client sends "*2\r\n$4\r\nECHO\r\n$2000000\r\n"
      And the client sends "x" 1000000 times in one write
      And the client sends "x" 100000 times in one write
      Then the server closes the connection
      And client "other" runs "PING"
      And the reply is "PONG"

    Scenario: arguments each under the limit are fine, whatever their total
      Given the server is started with "--client-query-buffer-limit 1mb"
      When the client sends "*3\r\n$3\r\nSET\r\n$600000\r\n"
      And the client sends "k" 600000 times in one write
      And the client sends "\r\n$600000\r\n"
      And the client sends "v" 600000 times in one write
      And the client sends "\r\n"
      Then the client receives "OK"

  Rule: Before authenticating, a client may only send small requests

    Background:
      Given the server is started with "--requirepass secret"

    Scenario: more than 10 arguments
      When the client sends "*11\r\n"
      Then the client receives "(error) ERR Protocol error: unauthenticated multibulk length"
      And the server closes the connection

    Scenario: an argument over 16 KB
      When the client sends "*2\r\n$4\r\nAUTH\r\n$16385\r\n"
      Then the client receives "(error) ERR Protocol error: unauthenticated bulk length"
      And the server closes the connection

    Scenario: after AUTH the limits are the usual ones
      When the client runs "AUTH secret"
      And the client sends "*12\r\n$4\r\nECHO\r\n$20000\r\n"
      And the client sends "z" 20000 times in one write
      And the client sends "\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n"
      Then the client receives "(error) ERR wrong number of arguments for 'echo' command"
