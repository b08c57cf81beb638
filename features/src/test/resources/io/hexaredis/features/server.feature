Feature: Server
  The server commands look at the server rather than at the data: CONFIG reads and changes the
  configuration (and writes it back into redis.conf), INFO reports its state and statistics,
  COMMAND describes the command table, and TIME, LASTSAVE, DEBUG and SHUTDOWN do what their
  names say. Where several parameters come back from CONFIG GET, Redis answers them in the order
  of its hash table; this server in the order of its parameter table.

  Rule: CONFIG GET answers the parameters matching each pattern, in normal form

    Scenario: names, aliases, patterns, several patterns at once
      When the client runs:
        | command                      | reply                                                                         |
        | CONFIG GET maxmemory         | 1) "maxmemory" 2) "0"                                                         |
        | CONFIG GET MAXMEMORY         | 1) "MAXMEMORY" 2) "0"                                                         |
        | CONFIG GET slave-read-only   | 1) "slave-read-only" 2) "yes"                                                 |
        | CONFIG GET appendf*          | 1) "appendfilename" 2) "appendonly.aof" 3) "appendfsync" 4) "everysec"        |
        | CONFIG GET hz hz h?          | 1) "hz" 2) "10"                                                               |
        | CONFIG GET maxclients timeout | 1) "maxclients" 2) "10000" 3) "timeout" 4) "0"                               |
        | CONFIG GET nosuch            | (empty array)                                                                 |
        | CONFIG GET                   | (error) ERR wrong number of arguments for 'config\|get' command               |

    Scenario: hidden parameters answer their exact name only
      When the client runs:
        | command                      | reply                              |
        | CONFIG GET key-load-delay    | 1) "key-load-delay" 2) "0"         |
        | CONFIG GET key-load-*        | (empty array)                      |

    Scenario: special parameters in their normal form
      When the client runs:
        | command                                    | reply                                                                                                   |
        | CONFIG GET client-output-buffer-limit      | 1) "client-output-buffer-limit" 2) "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60" |
        | CONFIG GET oom-score-adj-values            | 1) "oom-score-adj-values" 2) "0 200 800"                                                                |
        | CONFIG GET latency-tracking-info-percentiles | 1) "latency-tracking-info-percentiles" 2) "50 99 99.9"                                                |
        | CONFIG GET bind                            | 1) "bind" 2) "127.0.0.1"                                                                                |

  Rule: CONFIG SET changes several parameters at once, or none

    Scenario: several parameters, shown in normal form afterwards
      When the client runs:
        | command                                                       | reply                                   |
        | CONFIG SET maxmemory 1mb appendonly YES loglevel WARNING      | OK                                      |
        | CONFIG GET maxmemory                                          | 1) "maxmemory" 2) "1048576"             |
        | CONFIG GET appendonly                                         | 1) "appendonly" 2) "yes"                |
        | CONFIG GET loglevel                                           | 1) "loglevel" 2) "warning"              |
        | CONFIG SET maxmemory-clients 10% save "100 10 3600 1"         | OK                                      |
        | CONFIG GET maxmemory-clients                                  | 1) "maxmemory-clients" 2) "10%"         |
        | CONFIG GET save                                               | 1) "save" 2) "100 10 3600 1"            |
        | CONFIG SET notify-keyspace-events KEA                         | OK                                      |
        | CONFIG GET notify-keyspace-events                             | 1) "notify-keyspace-events" 2) "AKE"    |
        | CONFIG SET client-output-buffer-limit "pubsub 1mb 2mb 3"      | OK                                      |
        | CONFIG GET client-output-buffer-limit                         | 1) "client-output-buffer-limit" 2) "normal 0 0 0 slave 268435456 67108864 60 pubsub 1048576 2097152 3" |

    Scenario: hz is a hint, kept between 1 and 500
      When the client runs:
        | command            | reply                   |
        | CONFIG SET hz 1000 | OK                      |
        | CONFIG GET hz      | 1) "hz" 2) "500"        |
        | CONFIG SET hz 0    | OK                      |
        | CONFIG GET hz      | 1) "hz" 2) "1"          |

    Scenario: an alias changes its parameter
      When the client runs:
        | command                          | reply                                 |
        | CONFIG SET slave-read-only no    | OK                                    |
        | CONFIG GET replica-read-only     | 1) "replica-read-only" 2) "no"        |

    Scenario: a refused value leaves every parameter as it was
      When the client runs:
        | command                          | reply                                                                                                 |
        | CONFIG SET hz 20 maxmemory lots  | (error) ERR CONFIG SET failed (possibly related to argument 'maxmemory') - argument must be a memory value |
        | CONFIG GET hz                    | 1) "hz" 2) "10"                                                                                       |

    Scenario: the first problem with the names is reported before any value is checked
      When the client runs:
        | command                                | reply                                                                                            |
        | CONFIG SET hz abc foo bar              | (error) ERR Unknown option or number of arguments for CONFIG SET - 'foo'                         |
        | CONFIG SET hz abc daemonize yes        | (error) ERR CONFIG SET failed (possibly related to argument 'daemonize') - can't set immutable config |
        | CONFIG SET hz 1 hz 2                   | (error) ERR CONFIG SET failed (possibly related to argument 'hz') - duplicate parameter          |
        | CONFIG SET hz 10 maxclients            | (error) ERR syntax error                                                                         |
        | CONFIG SET hz                          | (error) ERR wrong number of arguments for 'config\|set' command                                  |

    Scenario Outline: values each parameter refuses, with Redis's reason
      When the client runs "CONFIG SET <parameter> <value>"
      Then the reply is "(error) ERR CONFIG SET failed (possibly related to argument '<reported>') - <reason>"

      Examples:
        | parameter                  | value          | reported                   | reason                                                                                   |
        | hz                         | abc            | hz                         | argument couldn't be parsed into an integer                                              |
        | hz                         | -1             | hz                         | argument must be between 0 and 2147483647 inclusive                                      |
        | maxclients                 | 0              | maxclients                 | argument must be between 1 and 4294967295 inclusive                                      |
        | SLAVE-READ-ONLY            | maybe          | slave-read-only            | argument must be 'yes' or 'no'                                                           |
        | maxmemory                  | 1.5mb          | maxmemory                  | argument must be a memory value                                                          |
        | maxmemory-clients          | 200%           | maxmemory-clients          | percentage argument must be less or equal to 100                                         |
        | appendfsync                | sometimes      | appendfsync                | argument(s) must be one of the following: everysec, always, no                           |
        | save                       | '100 10 200'   | save                       | Invalid save parameters                                                                  |
        | client-output-buffer-limit | 'master 1 2 3' | client-output-buffer-limit | Invalid client class specified in buffer limit configuration.                            |
        | notify-keyspace-events     | KEA?           | notify-keyspace-events     | Invalid event class character. Use 'Ag$lshzxeKEtmdn'.                                    |
        | oom-score-adj-values       | '1 2'          | oom-score-adj-values       | wrong number of arguments                                                                |
        | daemonize                  | yes            | daemonize                  | can't set immutable config                                                               |
        | replicaof                  | 'no one'       | replicaof                  | can't set immutable config                                                               |
        | dir                        | /tmp           | dir                        | can't set protected config                                                               |

    Scenario: an unknown parameter
      When the client runs:
        | command             | reply                                                                 |
        | CONFIG SET foo bar  | (error) ERR Unknown option or number of arguments for CONFIG SET - 'foo' |

    Scenario: dir and dbfilename where enable-protected-configs allows them
      Given the server is started with "--enable-protected-configs yes"
      When the client runs:
        | command                           | reply                                                                                               |
        | CONFIG SET dir /nonexistent       | (error) ERR CONFIG SET failed (possibly related to argument 'dir') - No such file or directory       |
        | CONFIG SET dbfilename a/b.rdb     | (error) ERR CONFIG SET failed (possibly related to argument 'dbfilename') - dbfilename can't be a path, just a filename |
        | CONFIG SET dbfilename other.rdb   | OK                                                                                                  |
        | CONFIG GET dbfilename             | 1) "dbfilename" 2) "other.rdb"                                                                      |

  Rule: CONFIG RESETSTAT zeroes the statistics of INFO

    Scenario: counters start again from zero
      When the client runs:
        | command           | reply                        |
        | SET a 1           | OK                           |
        | NOSUCHCOMMAND     | (error) ERR unknown command 'NOSUCHCOMMAND', with args beginning with:  |
        | CONFIG RESETSTAT  | OK                           |
      And the client runs "INFO stats"
      Then the reply matches "total_commands_processed:1\\r\\n"
      And the reply matches "total_error_replies:0\\r\\n"
      When the client runs:
        | command           | reply                        |
        | INFO errorstats   | "# Errorstats\\r\\n"         |

  Rule: CONFIG REWRITE writes the running configuration back into the config file

    Scenario: without a config file there is nothing to rewrite
      When the client runs:
        | command         | reply                                                 |
        | CONFIG REWRITE  | (error) ERR The server is running without a config file |

    Scenario: comments stay, changed lines are replaced, new ones are appended
      Given the server is started with a config file containing:
        """
        # my settings
        hz 20
        slave-read-only yes

        # limits
        maxclients 100
        """
      When the client runs:
        | command                                                  | reply |
        | CONFIG SET hz 30 replica-read-only no maxmemory 3gb      | OK    |
        | CONFIG REWRITE                                           | OK    |
      Then the config file contains:
        """
        # my settings
        hz 30
        replica-read-only no

        # limits
        maxclients 100
        # Generated by CONFIG REWRITE
        maxmemory 3gb
        user default on nopass ~* &* +@all
        """

  Rule: CONFIG HELP lists the subcommands

    Scenario: help
      When the client runs:
        | command      | reply |
        | CONFIG HELP  | 1) CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are: 2) GET <pattern> 3)     Return parameters matching the glob-like <pattern> and their values. 4) SET <directive> <value> 5)     Set the configuration <directive> to <value>. 6) RESETSTAT 7)     Reset statistics reported by the INFO command. 8) REWRITE 9)     Rewrite the configuration file. 10) HELP 11)     Prints this help. |

  Rule: INFO reports the server in sections of name:value lines

    Scenario: the default sections
      When the client runs "INFO"
      Then the reply matches "^\"# Server\\r\\nredis_version:7\.0\.15\\r\\n"
      And the reply matches "\\r\\nredis_mode:standalone\\r\\n"
      And the reply matches "\\r\\nrun_id:[0-9a-f]{40}\\r\\n"
      And the reply matches "\\r\\n\\r\\n# Clients\\r\\nconnected_clients:1\\r\\n"
      And the reply matches "\\r\\n# Memory\\r\\nused_memory:\d+\\r\\nused_memory_human:[0-9.]+[BKMG]\\r\\n"
      And the reply matches "\\r\\n# Persistence\\r\\nloading:0\\r\\n"
      And the reply matches "\\r\\n# Stats\\r\\ntotal_connections_received:1\\r\\n"
      And the reply matches "\\r\\n# Replication\\r\\nrole:master\\r\\nconnected_slaves:0\\r\\n"
      And the reply matches "\\r\\nmaster_replid:[0-9a-f]{40}\\r\\n"
      And the reply matches "\\r\\n# CPU\\r\\nused_cpu_sys:\d+\.\d{6}\\r\\n"
      And the reply matches "\\r\\n# Modules\\r\\n\\r\\n# Errorstats\\r\\n\\r\\n# Cluster\\r\\ncluster_enabled:0\\r\\n\\r\\n# Keyspace\\r\\n\"$"

    Scenario: chosen sections, in Redis's order
      When the client runs:
        | command                  | reply                                                                 |
        | SET a 1                  | OK                                                                    |
        | SELECT 3                 | OK                                                                    |
        | SET b 2                  | OK                                                                    |
        | INFO keyspace            | "# Keyspace\\r\\ndb0:keys=1,expires=0,avg_ttl=0\\r\\ndb3:keys=1,expires=0,avg_ttl=0\\r\\n" |
        | INFO cluster keyspace nosuch | "# Cluster\\r\\ncluster_enabled:0\\r\\n\\r\\n# Keyspace\\r\\ndb0:keys=1,expires=0,avg_ttl=0\\r\\ndb3:keys=1,expires=0,avg_ttl=0\\r\\n" |
        | INFO nosuch              | ""                                                                    |
      When the client runs "INFO everything"
      Then the reply matches "\\r\\n# Commandstats\\r\\ncmdstat_"

    Scenario: errors are counted by their code
      When the client runs:
        | command                | reply                                                     |
        | GET                    | (error) ERR wrong number of arguments for 'get' command   |
        | INFO errorstats        | "# Errorstats\\r\\nerrorstat_ERR:count=1\\r\\n"           |

  Rule: COMMAND describes the command table

    Scenario: COMMAND INFO in Redis 7 format
      When the client runs "COMMAND INFO get"
      Then the reply is:
        """
        1)  1) "get"
            2) (integer) 2
            3) 1) readonly
               2) fast
            4) (integer) 1
            5) (integer) 1
            6) (integer) 1
            7) 1) @read
               2) @string
               3) @fast
            8) (empty array)
            9) 1) 1) "flags"
                  2) 1) RO
                     2) access
                  3) "begin_search"
                  4) 1) "type"
                     2) "index"
                     3) "spec"
                     4) 1) "index"
                        2) (integer) 1
                  5) "find_keys"
                  6) 1) "type"
                     2) "range"
                     3) "spec"
                     4) 1) "lastkey"
                        2) (integer) 0
                        3) "keystep"
                        4) (integer) 1
                        5) "limit"
                        6) (integer) 0
           10) (empty array)
        """

    Scenario: counting, listing, unknown names
      When the client runs:
        | command                                   | reply                                                                                           |
        | COMMAND INFO nosuch                       | 1) (nil)                                                                                        |
        | COMMAND LIST FILTERBY PATTERN conf*       | 1) "config" 2) "config\|get" 3) "config\|set" 4) "config\|resetstat" 5) "config\|rewrite" 6) "config\|help" |
        | COMMAND LIST FILTERBY ACLCAT nosuch       | (empty array)                                                                                   |
        | COMMAND LIST FILTERBY MODULE nosuch       | (empty array)                                                                                   |
        | COMMAND LIST FILTERBY foo                 | (error) ERR syntax error                                                                        |
        | COMMAND COUNT x                           | (error) ERR wrong number of arguments for 'command\|count' command                              |
        | COMMAND foo                               | (error) ERR unknown subcommand 'foo'. Try COMMAND HELP.                                         |
      When the client runs "COMMAND COUNT"
      Then the reply matches "^\(integer\) \d+$"

    Scenario: the keys of a command line
      When the client runs:
        | command                          | reply                                                         |
        | COMMAND GETKEYS SET a b          | 1) "a"                                                        |
        | COMMAND GETKEYSANDFLAGS GET a    | 1) 1) "a" 2) 1) RO 2) access                                  |
        | COMMAND GETKEYS nosuch a         | (error) ERR Invalid command specified                         |
        | COMMAND GETKEYS PING x           | (error) ERR The command has no key arguments                  |
        | COMMAND GETKEYS SET a            | (error) ERR Invalid number of arguments specified for command |
        | COMMAND GETKEYS GET              | (error) ERR wrong number of arguments for 'command\|getkeys' command |

    Scenario: COMMAND DOCS
      When the client runs:
        | command                   | reply                                                                                                                                        |
        | COMMAND DOCS time nosuch  | 1) "time" 2) 1) "summary" 2) "Return the current server time" 3) "since" 4) "2.6.0" 5) "group" 6) "server" 7) "complexity" 8) "O(1)"     |
        | COMMAND DOCS info         | 1) "info" 2)  1) "summary" 2) "Get information and statistics about the server" 3) "since" 4) "1.0.0" 5) "group" 6) "server" 7) "complexity" 8) "O(1)" 9) "arguments" 10) 1) 1) "name" 2) "section" 3) "type" 4) "string" 5) "flags" 6) 1) optional 2) multiple |

    Scenario: help
      When the client runs "COMMAND HELP"
      Then the reply matches "^ 1\) COMMAND <subcommand> \[<arg> \[value\] \[opt\] \.\.\.\]\. Subcommands are:"

  Rule: TIME and LASTSAVE read the server's clock

    Scenario: time and last save
      When the client runs "TIME"
      Then the reply matches "^1\) \"\d{10}\"\n2\) \"\d{1,6}\"$"
      When the client runs "LASTSAVE"
      Then the reply matches "^\(integer\) \d{10}$"

  Rule: DEBUG runs where enable-debug-command allows it

    Scenario: refused by default
      When the client runs:
        | command        | reply                                                                                                                                                                                                                    |
        | DEBUG SLEEP 0  | (error) ERR DEBUG command not allowed. If the enable-debug-command option is set to "local", you can run it from a local connection, otherwise you need to set this option in the configuration file, and then restart the server. |

    Scenario: sleeping, switching active expiry, unknown subcommands
      Given the server is started with "--enable-debug-command local"
      When the client runs:
        | command                    | reply                                                                            |
        | DEBUG SLEEP 0              | OK                                                                               |
        | DEBUG SLEEP 0.01           | OK                                                                               |
        | DEBUG SET-ACTIVE-EXPIRE 0  | OK                                                                               |
        | DEBUG SET-ACTIVE-EXPIRE 1  | OK                                                                               |
        | DEBUG SLEEP                | (error) ERR unknown subcommand or wrong number of arguments for 'SLEEP'. Try DEBUG HELP. |
        | DEBUG DIGEST               | (error) ERR unknown subcommand or wrong number of arguments for 'DIGEST'. Try DEBUG HELP. |
        | DEBUG                      | (error) ERR wrong number of arguments for 'debug' command                        |
      When the client runs "DEBUG HELP"
      Then the reply matches "^1\) DEBUG <subcommand>"

  Rule: SHUTDOWN stops the server

    Scenario: the connection closes without a reply
      When the client sends "SHUTDOWN NOSAVE\r\n"
      Then the server closes the connection

    Scenario: wrong combinations and nothing to abort
      When the client runs:
        | command                | reply                                  |
        | SHUTDOWN foo           | (error) ERR syntax error               |
        | SHUTDOWN NOSAVE SAVE   | (error) ERR syntax error               |
        | SHUTDOWN NOW ABORT     | (error) ERR syntax error               |
        | SHUTDOWN ABORT         | (error) ERR No shutdown in progress.   |
        | PING                   | PONG                                   |
