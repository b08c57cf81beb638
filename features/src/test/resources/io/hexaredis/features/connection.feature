Feature: Connection
  Commands about the connection itself rather than the data: checking that it works (PING, ECHO),
  choosing the protocol and the database (HELLO, SELECT), proving who you are (AUTH), naming,
  listing and killing connections (CLIENT), and leaving or starting over (QUIT, RESET).

  Rule: PING answers PONG, or echoes its argument

    Scenario: PING with and without a message
      When the client runs:
        | command           | reply                                                  |
        | PING              | PONG                                                   |
        | PING "hello you"  | "hello you"                                            |
        | PING a b          | (error) ERR wrong number of arguments for 'ping' command |

  Rule: ECHO returns its argument byte for byte

    Scenario: ECHO
      When the client runs:
        | command          | reply                                                    |
        | ECHO "a\r\\nb"   | "a\r\\nb"                                               |
        | ECHO ""          | ""                                                       |
        | ECHO             | (error) ERR wrong number of arguments for 'echo' command |

  Rule: SELECT changes the database of this connection only

    Scenario: two connections in two databases
      When the client runs:
        | command       | reply                              |
        | SELECT 1      | OK                                 |
        | SET k in-one  | OK                                 |
        | SELECT 16     | (error) ERR DB index is out of range |
        | SELECT -1     | (error) ERR DB index is out of range |
        | SELECT one    | (error) ERR value is not an integer or out of range |
        | SELECT 99999999999 | (error) ERR value is out of range, value must between -2147483648 and 2147483647 |
        | GET k         | "in-one"                           |
      And client "B" runs:
        | command | reply |
        | GET k   | (nil) |

  Rule: HELLO switches the protocol and describes the server

    Scenario: HELLO 3 answers a RESP3 map and the connection speaks RESP3 from then on
      When the client runs "HELLO 3"
      Then the reply is:
        """
        1# "server" => "redis"
        2# "version" => "7.0.15"
        3# "proto" => (integer) 3
        4# "id" => (integer) 1
        5# "mode" => "standalone"
        6# "role" => "master"
        7# "modules" => (empty array)
        """
      When the client runs "CLIENT INFO"
      Then the reply matches " resp=3\\n\"$"

    Scenario: HELLO 2 answers a flat array
      When the client runs "HELLO 2"
      Then the reply is:
        """
         1) "server"
         2) "redis"
         3) "version"
         4) "7.0.15"
         5) "proto"
         6) (integer) 2
         7) "id"
         8) (integer) 1
         9) "mode"
        10) "standalone"
        11) "role"
        12) "master"
        13) "modules"
        14) (empty array)
        """

    Scenario: HELLO without a version keeps the protocol
      When the client runs "HELLO"
      Then the reply matches "6\) \(integer\) 2"

    Scenario: HELLO SETNAME names the connection
      When the client runs:
        | command                  | reply        |
        | HELLO 3 SETNAME reporter |              |
        | CLIENT GETNAME           | "reporter"   |

    Scenario Outline: HELLO errors
      When the client runs:
        | command   | reply   |
        | <command> | <error> |
        | PING      | PONG    |

      Examples:
        | command             | error                                                                        |
        | HELLO 4             | (error) NOPROTO unsupported protocol version                                 |
        | HELLO 1             | (error) NOPROTO unsupported protocol version                                 |
        | HELLO three         | (error) ERR Protocol version is not an integer or out of range               |
        | HELLO 3 FOO         | (error) ERR Syntax error in HELLO option 'FOO'                               |
        | HELLO 3 SETNAME     | (error) ERR Syntax error in HELLO option 'SETNAME'                           |
        | HELLO 3 AUTH user   | (error) ERR Syntax error in HELLO option 'AUTH'                              |
        | HELLO 3 SETNAME "a b" | (error) ERR Client names cannot contain spaces, newlines or special characters. |
        | HELLO 3 AUTH bob pw | (error) WRONGPASS invalid username-password pair or user is disabled.        |

  Rule: With requirepass, a client must AUTH before anything but AUTH, HELLO, QUIT and RESET

    Background:
      Given the server is started with "--requirepass secret"

    Scenario: NOAUTH until the password is given
      When the client runs:
        | command             | reply                                                                  |
        | PING                | (error) NOAUTH Authentication required.                                |
        | SET k v             | (error) NOAUTH Authentication required.                                |
        | CLIENT ID           | (error) NOAUTH Authentication required.                                |
        | NOSUCHCOMMAND       | (error) ERR unknown command 'NOSUCHCOMMAND', with args beginning with: |
        | GET                 | (error) ERR wrong number of arguments for 'get' command                |
        | AUTH wrong          | (error) WRONGPASS invalid username-password pair or user is disabled.  |
        | AUTH default wrong  | (error) WRONGPASS invalid username-password pair or user is disabled.  |
        | AUTH alice secret   | (error) WRONGPASS invalid username-password pair or user is disabled.  |
        | AUTH a b c          | (error) ERR syntax error                                               |
        | AUTH secret         | OK                                                                     |
        | PING                | PONG                                                                   |
        | AUTH wrong          | (error) WRONGPASS invalid username-password pair or user is disabled.  |
        | PING                | PONG                                                                   |

    Scenario: the two-argument form names the default user
      When the client runs:
        | command              | reply |
        | AUTH default secret  | OK    |
        | SET k v              | OK    |

    Scenario: HELLO must authenticate by itself
      When the client runs:
        | command                                 | reply                                                                                                                                                                                  |
        | HELLO 3                                 | (error) NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time |
        | HELLO 3 AUTH default wrong              | (error) WRONGPASS invalid username-password pair or user is disabled.                                                                                                                  |
        | HELLO 2 AUTH default secret SETNAME app |                                                                                                                                                                                        |
        | CLIENT GETNAME                          | "app"                                                                                                                                                                                  |

    Scenario: RESET forgets the authentication
      When the client runs:
        | command      | reply                                   |
        | AUTH secret  | OK                                      |
        | RESET        | RESET                                   |
        | PING         | (error) NOAUTH Authentication required. |

    Scenario: QUIT needs no authentication
      When the client runs "QUIT"
      Then the reply is "OK"
      And the server closes the connection

  Rule: AUTH without a configured password is a mistake, except with the default user's name

    Scenario: no requirepass
      When the client runs:
        | command               | reply                                                                                                                        |
        | AUTH secret           | (error) ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct? |
        | AUTH default anything | OK                                                                                                                           |
        | AUTH bob anything     | (error) WRONGPASS invalid username-password pair or user is disabled.                                                        |

  Rule: requirepass applies to every connection

    Scenario: a second connection must authenticate too
      Given the server is started with "--requirepass first"
      When client "B" runs:
        | command     | reply                                                                 |
        | GET k       | (error) NOAUTH Authentication required.                               |
        | AUTH second | (error) WRONGPASS invalid username-password pair or user is disabled. |
        | AUTH first  | OK                                                                    |

  Rule: CLIENT ID, SETNAME and GETNAME identify the connection

    Scenario: ids grow with each connection; names are visible ASCII without spaces
      When the client runs:
        | command                | reply                                                                           |
        | CLIENT ID              | (integer) 1                                                                     |
        | CLIENT GETNAME         | (nil)                                                                           |
        | CLIENT SETNAME worker  | OK                                                                              |
        | CLIENT GETNAME         | "worker"                                                                        |
        | CLIENT SETNAME "a b"   | (error) ERR Client names cannot contain spaces, newlines or special characters. |
        | CLIENT SETNAME "a\\nb" | (error) ERR Client names cannot contain spaces, newlines or special characters. |
        | CLIENT GETNAME         | "worker"                                                                        |
        | CLIENT SETNAME ""      | OK                                                                              |
        | CLIENT GETNAME         | (nil)                                                                           |
        | CLIENT SETNAME         | (error) ERR wrong number of arguments for 'client\|setname' command             |
        | CLIENT ID x            | (error) ERR wrong number of arguments for 'client\|id' command                  |
      And client "B" runs:
        | command   | reply       |
        | CLIENT ID | (integer) 2 |

    Scenario: unknown subcommands, including those Redis added after 7.0
      When the client runs:
        | command                           | reply                                                        |
        | CLIENT                            | (error) ERR wrong number of arguments for 'client' command   |
        | CLIENT FOO                        | (error) ERR unknown subcommand 'FOO'. Try CLIENT HELP.       |
        | CLIENT SETINFO lib-name redis-py  | (error) ERR unknown subcommand 'SETINFO'. Try CLIENT HELP.   |
        | CLIENT NO-TOUCH ON                | (error) ERR unknown subcommand 'NO-TOUCH'. Try CLIENT HELP.  |

  Rule: CLIENT LIST and CLIENT INFO describe connections, one line each

    Scenario: the fields of a CLIENT LIST line
      When the client runs "PING"
      And client "B" runs "CLIENT SETNAME bee"
      And the client runs "CLIENT LIST"
      Then the reply matches "^\"id=1 addr=127\.0\.0\.1:\d+ laddr=127\.0\.0\.1:\d+ fd=\d+ name= age=\d+ idle=\d+ flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=\d+ qbuf-free=\d+ argv-mem=10 multi-mem=0 rbs=\d+ rbp=\d+ obl=0 oll=\d+ omem=\d+ tot-mem=\d+ events=r cmd=client\|list user=default redir=-1 resp=2\\nid=2 .* name=bee .* cmd=client\|setname .*\\n\"$"

    Scenario: CLIENT INFO is the line of this connection
      When the client runs:
        | command               | reply |
        | SELECT 2              | OK    |
        | CLIENT NO-EVICT ON    | OK    |
      And the client runs "CLIENT INFO"
      Then the reply matches "^\"id=1 .* flags=e db=2 .* cmd=client\|info .*\\n\"$"

    Scenario: filtering by id and by type
      When the client runs "PING"
      And client "B" runs "PING"
      And the client runs "CLIENT LIST ID 2 99"
      Then the reply matches "^\"id=2 [^\\]*\\n\"$"
      When the client runs:
        | command                   | reply                                      |
        | CLIENT LIST ID 0          | ""                                         |
        | CLIENT LIST ID 1 x        | (error) ERR Invalid client ID              |
        | CLIENT LIST TYPE pubsub   | ""                                         |
        | CLIENT LIST TYPE master   | ""                                         |
        | CLIENT LIST TYPE replica  | ""                                         |
        | CLIENT LIST TYPE robot    | (error) ERR Unknown client type 'robot'    |
        | CLIENT LIST TYPE normal 1 | (error) ERR syntax error                   |
        | CLIENT LIST ID            | (error) ERR syntax error                   |

  Rule: CLIENT KILL closes other connections

    Scenario: killing another client by id
      When the client runs "PING"
      And client "B" runs "PING"
      And the client runs:
        | command                           | reply       |
        | CLIENT KILL ID 2                  | (integer) 1 |
        | CLIENT KILL ID 2                  | (integer) 0 |
      Then client "B" is disconnected

    Scenario: the filters must all match
      When the client runs "PING"
      And client "B" runs "PING"
      And the client runs:
        | command                           | reply       |
        | CLIENT KILL ID 2 TYPE pubsub      | (integer) 0 |
        | CLIENT KILL TYPE normal USER default | (integer) 1 |
      Then client "B" is disconnected

    Scenario: SKIPME NO kills the caller too, after its reply
      When client "B" runs "PING"
      And the client runs "CLIENT KILL TYPE normal SKIPME no"
      Then the reply is "(integer) 2"
      And the server closes the connection
      And client "B" is disconnected

    Scenario: the old form takes an address and answers OK
      When the client runs:
        | command                    | reply                     |
        | CLIENT KILL 10.1.2.3:4567  | (error) ERR No such client |

    Scenario: CLIENT KILL errors
      When the client runs:
        | command                      | reply                                                           |
        | CLIENT KILL                  | (error) ERR wrong number of arguments for 'client\|kill' command |
        | CLIENT KILL ID 0             | (error) ERR client-id should be greater than 0                  |
        | CLIENT KILL ID one           | (error) ERR client-id should be greater than 0                  |
        | CLIENT KILL TYPE robot       | (error) ERR Unknown client type 'robot'                         |
        | CLIENT KILL USER alice       | (error) ERR No such user 'alice'                                |
        | CLIENT KILL SKIPME maybe     | (error) ERR syntax error                                        |
        | CLIENT KILL ID 1 TYPE        | (error) ERR syntax error                                        |
        | CLIENT KILL MAXAGE 10        | (error) ERR syntax error                                        |

  Rule: CLIENT REPLY silences replies

    Scenario: OFF until ON
      When client "A" starts "CLIENT REPLY OFF"
      And client "A" starts "SET k v"
      And client "A" starts "NOSUCHCOMMAND"
      Then client "A" has received nothing
      When client "A" runs:
        | command          | reply |
        | CLIENT REPLY ON  | OK    |
        | GET k            | "v"   |

    Scenario: SKIP drops the reply of the next command only
      When client "A" starts "CLIENT REPLY SKIP"
      And client "A" starts "ECHO dropped"
      And client "A" starts "ECHO kept"
      Then client "A" receives "\"kept\""

    Scenario: SKIP while OFF changes nothing
      When client "A" starts "CLIENT REPLY OFF"
      And client "A" starts "CLIENT REPLY SKIP"
      And client "A" starts "ECHO one"
      And client "A" starts "ECHO two"
      Then client "A" has received nothing

    Scenario: a bad mode is a syntax error
      When the client runs:
        | command            | reply                                                           |
        | CLIENT REPLY maybe | (error) ERR syntax error                                        |
        | CLIENT REPLY       | (error) ERR wrong number of arguments for 'client\|reply' command |

  Rule: CLIENT NO-EVICT protects the connection from client eviction

    Scenario: ON and OFF
      When the client runs:
        | command              | reply                    |
        | CLIENT NO-EVICT ON   | OK                       |
        | CLIENT NO-EVICT off  | OK                       |
        | CLIENT NO-EVICT yes  | (error) ERR syntax error |

  Rule: Client-side caching is not available: CLIENT TRACKINGINFO, GETREDIR and CACHING say tracking is off

    Scenario: tracking is off
      When the client runs:
        | command               | reply                                                                                                   |
        | CLIENT TRACKINGINFO   | 1) "flags" 2) 1) "off" 3) "redirect" 4) (integer) -1 5) "prefixes" 6) (empty array)                    |
        | CLIENT GETREDIR       | (integer) -1                                                                                            |
        | CLIENT CACHING yes    | (error) ERR CLIENT CACHING can be called only when the client is in tracking mode with OPTIN or OPTOUT mode enabled |
        | CLIENT TRACKING on    | (error) ERR unknown subcommand 'TRACKING'. Try CLIENT HELP.                                             |
        | HELLO 3               |                                                                                                         |
        | CLIENT TRACKINGINFO   | 1# "flags" => 1~ "off" 2# "redirect" => (integer) -1 3# "prefixes" => (empty array)                     |

  Rule: CLIENT HELP lists the subcommands

    Scenario: the help text of Redis 7.0
      When the client runs "CLIENT HELP"
      Then the reply matches "^ 1\) CLIENT <subcommand> \[<arg> \[value\] \[opt\] \.\.\.\]\. Subcommands are:.*48\)     Prints this help\.$"

  Rule: QUIT closes the connection after answering OK

    Scenario: QUIT
      When the client runs "QUIT"
      Then the reply is "OK"
      And the server closes the connection

    Scenario: replies pipelined before QUIT are all delivered; what follows QUIT is not run
      When the client sends "SET k before\r\nQUIT\r\nSET k after\r\n"
      Then the client receives "OK"
      And the client receives "OK"
      And the server closes the connection
      And client "B" runs "GET k"
      And the reply is "\"before\""

  Rule: RESET makes the connection like new

    Scenario: database, protocol, name and reply mode are reset
      When the client runs:
        | command                 | reply  |
        | SELECT 3                | OK     |
        | CLIENT SETNAME pooled   | OK     |
        | HELLO 3                 |        |
        | RESET                   | RESET  |
        | CLIENT GETNAME          | (nil)  |
        | RESET extra             | (error) ERR wrong number of arguments for 'reset' command |
      And the client runs "CLIENT INFO"
      Then the reply matches " db=0 .* resp=2\\n\"$"
