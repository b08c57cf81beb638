Feature: The protocol
  Clients talk to the server in RESP: requests are arrays of bulk strings, and replies are typed
  (status, error, integer, bulk, array; RESP3 adds maps, sets, doubles and more). People typing in
  telnet use inline commands. Requests can be pipelined; a malformed request closes only the
  connection that sent it.

  Rule: Inline commands are split like redis-cli words

    Scenario: an inline PING and an inline SET with quotes
      When the client sends "PING\r\nSET \"a key\" 'a value'\r\nGET \"a key\"\r\n"
      Then the client receives "PONG"
      And the client receives "OK"
      And the client receives "\"a value\""

    Scenario: unbalanced quotes close the connection with Redis's error
      When the client sends "SET \"a b\r\n"
      Then the client receives "(error) ERR Protocol error: unbalanced quotes in request"
      And the server closes the connection

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
