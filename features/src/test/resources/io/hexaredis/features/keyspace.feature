Feature: The keyspace
  The generic commands work on keys as a whole, whatever their type: delete them, test them, find
  them by pattern or with a cursor, rename them, copy or move them between the numbered databases,
  and look at how they are stored. DBSIZE, FLUSHDB, FLUSHALL and SWAPDB work on whole databases.

  Rule: DEL and UNLINK delete keys and count the ones that existed

    Scenario: deleting existing and missing keys
      When the client runs:
        | command            | reply       |
        | SET a 1            | OK          |
        | SET b 2            | OK          |
        | SET c 3            | OK          |
        | DEL a missing      | (integer) 1 |
        | GET a              | (nil)       |
        | DEL b b            | (integer) 1 |
        | UNLINK c missing c | (integer) 1 |
        | DBSIZE             | (integer) 0 |
        | DEL missing        | (integer) 0 |

    Scenario: at least one key is needed
      When the client runs:
        | command | reply                                                      |
        | DEL     | (error) ERR wrong number of arguments for 'del' command    |
        | UNLINK  | (error) ERR wrong number of arguments for 'unlink' command |

  Rule: EXISTS counts every mention of an existing key

    Scenario: a key named twice counts twice
      When the client runs:
        | command            | reply                                                      |
        | SET a 1            | OK                                                         |
        | EXISTS a           | (integer) 1                                                |
        | EXISTS a a missing | (integer) 2                                                |
        | EXISTS missing     | (integer) 0                                                |
        | EXISTS             | (error) ERR wrong number of arguments for 'exists' command |

  Rule: TYPE names the type of the value, or none

    Scenario: types
      When the client runs:
        | command      | reply  |
        | SET s hello  | OK     |
        | TYPE s       | string |
        | TYPE missing | none   |

  Rule: KEYS returns the keys matching a glob-style pattern

    Background:
      When the client runs:
        | command       | reply |
        | SET hello 1   | OK    |
        | SET hallo 1   | OK    |
        | SET hxllo 1   | OK    |
        | SET hllo 1    | OK    |
        | SET heeello 1 | OK    |
        | SET a*b 1     | OK    |
        | SET other 1   | OK    |

    Scenario Outline: glob patterns
      When the client runs "KEYS <pattern>"
      Then the reply matches "<keys>"

      Examples:
        | pattern   | keys                          |
        | h?llo     | ^(\d\) \"h[aex]llo\"\s*){3}$  |
        | h[ae]llo  | ^(\d\) \"h[ae]llo\"\s*){2}$   |
        | h[^e]llo  | ^(\d\) \"h[ax]llo\"\s*){2}$   |
        | h[a-b]llo | ^1\) \"hallo\"$               |
        | h[b-a]llo | ^1\) \"hallo\"$               |
        | 'a\*b'    | ^1\) \"a\*b\"$                |
        | HELLO     | ^\(empty array\)$             |
        | nothing*  | ^\(empty array\)$             |
        | *llo      | ^(\d\) \"h[a-z]*llo\"\s*){5}$ |
        | *         | ^(\d\) \"[^\"]+\"\s*){7}$     |

    Scenario: a literal pattern finds one key
      When the client runs:
        | command    | reply      |
        | KEYS other | 1) "other" |

  Rule: SCAN iterates the keyspace with a cursor, a few keys at a time

    Scenario: one key, found in one call
      When the client runs:
        | command    | reply               |
        | SET only 1 | OK                  |
        | SCAN 0     | 1) "0" 2) 1) "only" |

    Scenario: an empty database
      When the client runs:
        | command | reply                   |
        | SCAN 0  | 1) "0" 2) (empty array) |

    Scenario: MATCH and TYPE filter the keys of a call
      When the client runs:
        | command                                   | reply                   |
        | SET user:1 a                              | OK                      |
        | SET user:2 b                              | OK                      |
        | SET item:1 c                              | OK                      |
        | SCAN 0 MATCH item:* COUNT 100             | 1) "0" 2) 1) "item:1"   |
        | SCAN 0 TYPE string MATCH item:* COUNT 100 | 1) "0" 2) 1) "item:1"   |
        | SCAN 0 TYPE list COUNT 100                | 1) "0" 2) (empty array) |
        | SCAN 0 TYPE nosuchtype COUNT 100          | 1) "0" 2) (empty array) |

    Scenario: a call returns about COUNT keys and a cursor to go on
      When the client runs:
        | command   | reply |
        | SET k1 1  | OK    |
        | SET k2 1  | OK    |
        | SET k3 1  | OK    |
        | SET k4 1  | OK    |
        | SET k5 1  | OK    |
        | SET k6 1  | OK    |
        | SET k7 1  | OK    |
        | SET k8 1  | OK    |
        | SET k9 1  | OK    |
        | SET k10 1 | OK    |
        | SET k11 1 | OK    |
        | SET k12 1 | OK    |
      And the client runs "SCAN 0 COUNT 2"
      Then the reply matches "^1\) \"[1-9]\d*\"\s+2\) 1\) \"k\d+\""

    Scenario: cursor, COUNT and syntax errors
      When the client runs:
        | command                   | reply                                                    |
        | SCAN abc                  | (error) ERR invalid cursor                               |
        | SCAN 18446744073709551616 | (error) ERR invalid cursor                               |
        | SCAN 0 COUNT 0            | (error) ERR syntax error                                 |
        | SCAN 0 COUNT abc          | (error) ERR value is not an integer or out of range      |
        | SCAN 0 MATCH              | (error) ERR syntax error                                 |
        | SCAN 0 FOO bar            | (error) ERR syntax error                                 |
        | SCAN                      | (error) ERR wrong number of arguments for 'scan' command |

  Rule: RENAME gives a key a new name, replacing what was there; RENAMENX only if the name is free

    Scenario: renaming
      When the client runs:
        | command          | reply                   |
        | SET a 1          | OK                      |
        | SET b 2          | OK                      |
        | RENAME a b       | OK                      |
        | GET b            | "1"                     |
        | EXISTS a         | (integer) 0             |
        | RENAME b b       | OK                      |
        | RENAME missing x | (error) ERR no such key |

    Scenario: renaming only to a free name
      When the client runs:
        | command            | reply                   |
        | SET a 1            | OK                      |
        | SET b 2            | OK                      |
        | RENAMENX a b       | (integer) 0             |
        | GET b              | "2"                     |
        | RENAMENX a c       | (integer) 1             |
        | GET c              | "1"                     |
        | RENAMENX c c       | (integer) 0             |
        | RENAMENX missing x | (error) ERR no such key |

  Rule: RANDOMKEY answers a random key, or nil

    Scenario: random keys
      When the client runs:
        | command    | reply  |
        | RANDOMKEY  | (nil)  |
        | SET only 1 | OK     |
        | RANDOMKEY  | "only" |

  Rule: TOUCH counts the existing keys and marks them as just used

    Scenario: touching
      When the client runs:
        | command             | reply       |
        | SET a 1             | OK          |
        | SET b 2             | OK          |
        | TOUCH a b missing a | (integer) 3 |
        | OBJECT IDLETIME a   | (integer) 0 |

  Rule: COPY stores an independent copy, in this or another database

    Scenario: copying, with REPLACE and DB
      When the client runs:
        | command              | reply       |
        | SET src hello        | OK          |
        | COPY src dst         | (integer) 1 |
        | GET dst              | "hello"     |
        | SET src bye          | OK          |
        | COPY src dst         | (integer) 0 |
        | GET dst              | "hello"     |
        | COPY src dst REPLACE | (integer) 1 |
        | GET dst              | "bye"       |
        | COPY src src DB 2    | (integer) 1 |
        | COPY missing x       | (integer) 0 |
        | SELECT 2             | OK          |
        | GET src              | "bye"       |

    Scenario: COPY errors
      When the client runs:
        | command                | reply                                                                            |
        | SET a 1                | OK                                                                               |
        | COPY a a               | (error) ERR source and destination objects are the same                          |
        | COPY a b DB 16         | (error) ERR DB index is out of range                                             |
        | COPY a b DB -1         | (error) ERR DB index is out of range                                             |
        | COPY a b DB x          | (error) ERR value is not an integer or out of range                              |
        | COPY a b DB 2147483648 | (error) ERR value is out of range, value must between -2147483648 and 2147483647 |
        | COPY a b DB            | (error) ERR syntax error                                                         |
        | COPY a b FOO           | (error) ERR syntax error                                                         |
        | COPY a                 | (error) ERR wrong number of arguments for 'copy' command                         |

  Rule: MOVE moves a key to another database, never overwriting there

    Scenario: moving
      When the client runs:
        | command     | reply       |
        | SET k here  | OK          |
        | MOVE k 1    | (integer) 1 |
        | EXISTS k    | (integer) 0 |
        | SET k again | OK          |
        | MOVE k 1    | (integer) 0 |
        | MOVE none 1 | (integer) 0 |
        | SELECT 1    | OK          |
        | GET k       | "here"      |

    Scenario: MOVE errors
      When the client runs:
        | command            | reply                                                                            |
        | SET k v            | OK                                                                               |
        | MOVE k 0           | (error) ERR source and destination objects are the same                          |
        | MOVE k 16          | (error) ERR DB index is out of range                                             |
        | MOVE k abc         | (error) ERR value is not an integer or out of range                              |
        | MOVE k 99999999999 | (error) ERR value is out of range, value must between -2147483648 and 2147483647 |

  Rule: OBJECT tells how a value is stored

    Scenario: encodings of strings
      When the client runs:
        | command                                                        | reply    |
        | SET int 12345                                                  | OK       |
        | OBJECT ENCODING int                                            | "int"    |
        | SET short hello                                                | OK       |
        | OBJECT ENCODING short                                          | "embstr" |
        | SET long aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | OK       |
        | OBJECT ENCODING long                                           | "raw"    |
        | OBJECT ENCODING missing                                        | (nil)    |

    Scenario: reference counts, idle time and access frequency
      When the client runs:
        | command               | reply                                                                                                                                                                                          |
        | SET small 42          | OK                                                                                                                                                                                             |
        | SET word hello        | OK                                                                                                                                                                                             |
        | OBJECT REFCOUNT small | (integer) 2147483647                                                                                                                                                                           |
        | OBJECT REFCOUNT word  | (integer) 1                                                                                                                                                                                    |
        | OBJECT IDLETIME word  | (integer) 0                                                                                                                                                                                    |
        | OBJECT FREQ word      | (error) ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust. |
        | OBJECT IDLETIME none  | (nil)                                                                                                                                                                                          |

    Scenario: OBJECT HELP and errors
      When the client runs "OBJECT HELP"
      Then the reply is:
        """
         1) OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:
         2) ENCODING <key>
         3)     Return the kind of internal representation used in order to store the value
         4)     associated with a <key>.
         5) FREQ <key>
         6)     Return the access frequency index of the <key>. The returned integer is
         7)     proportional to the logarithm of the recent access frequency of the key.
         8) IDLETIME <key>
         9)     Return the idle time of the <key>, that is the approximated number of
        10)     seconds elapsed since the last access to the key.
        11) REFCOUNT <key>
        12)     Return the number of references of the value associated with the specified
        13)     <key>.
        14) HELP
        15)     Prints this help.
        """
      When the client runs:
        | command         | reply                                                                |
        | OBJECT          | (error) ERR wrong number of arguments for 'object' command           |
        | OBJECT foo k    | (error) ERR unknown subcommand 'foo'. Try OBJECT HELP.               |
        | OBJECT ENCODING | (error) ERR wrong number of arguments for 'object\|encoding' command |

  Rule: DBSIZE counts the keys of the selected database

    Scenario: counting per database
      When the client runs:
        | command  | reply       |
        | SET a 1  | OK          |
        | SET b 2  | OK          |
        | DBSIZE   | (integer) 2 |
        | SELECT 1 | OK          |
        | DBSIZE   | (integer) 0 |

  Rule: FLUSHDB empties the selected database, FLUSHALL every database

    Scenario: flushing one database
      When the client runs:
        | command       | reply       |
        | SET a 1       | OK          |
        | SELECT 1      | OK          |
        | SET b 2       | OK          |
        | FLUSHDB       | OK          |
        | DBSIZE        | (integer) 0 |
        | SELECT 0      | OK          |
        | DBSIZE        | (integer) 1 |
        | FLUSHDB ASYNC | OK          |
        | FLUSHDB SYNC  | OK          |
        | DBSIZE        | (integer) 0 |

    Scenario: flushing everything
      When the client runs:
        | command        | reply       |
        | SET a 1        | OK          |
        | SELECT 3       | OK          |
        | SET b 2        | OK          |
        | FLUSHALL       | OK          |
        | DBSIZE         | (integer) 0 |
        | SELECT 0       | OK          |
        | DBSIZE         | (integer) 0 |
        | FLUSHALL ASYNC | OK          |
        | FLUSHALL SYNC  | OK          |

    Scenario: only ASYNC or SYNC
      When the client runs:
        | command            | reply                    |
        | FLUSHDB now        | (error) ERR syntax error |
        | FLUSHDB ASYNC SYNC | (error) ERR syntax error |
        | FLUSHALL now       | (error) ERR syntax error |

  Rule: SWAPDB exchanges the contents of two databases for every client

    Scenario: swapping
      When the client runs:
        | command    | reply  |
        | SET k zero | OK     |
        | SELECT 1   | OK     |
        | SET k one  | OK     |
        | SWAPDB 0 1 | OK     |
        | GET k      | "zero" |
      And client "B" runs:
        | command    | reply |
        | GET k      | "one" |
        | SWAPDB 0 0 | OK    |

    Scenario: SWAPDB errors
      When the client runs:
        | command      | reply                                                      |
        | SWAPDB abc 0 | (error) ERR invalid first DB index                         |
        | SWAPDB 0 abc | (error) ERR invalid second DB index                        |
        | SWAPDB 0 16  | (error) ERR DB index is out of range                       |
        | SWAPDB -1 0  | (error) ERR DB index is out of range                       |
        | SWAPDB 0     | (error) ERR wrong number of arguments for 'swapdb' command |
