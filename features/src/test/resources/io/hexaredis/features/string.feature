Feature: Strings
  Strings are binary-safe byte sequences, the value type every key starts with. SET replaces any
  previous value of any type and its time to live; INCR and friends read the bytes as a signed
  64-bit decimal integer, INCRBYFLOAT as a long double; APPEND, GETRANGE and SETRANGE work on parts
  of the string.

  Rule: GET answers the string, or nil for a missing key

    Scenario: a value set, read, and replaced
      When the client runs:
        | command       | reply                                                    |
        | GET greeting  | (nil)                                                    |
        | SET greeting  | (error) ERR wrong number of arguments for 'set' command  |
        | SET greeting hello | OK                                                  |
        | GET greeting  | "hello"                                                  |
        | SET greeting "hello world" | OK                                          |
        | GET greeting  | "hello world"                                            |
        | GET           | (error) ERR wrong number of arguments for 'get' command  |

    Scenario: values are bytes, not text
      When the client runs:
        | command                        | reply                   |
        | SET bin "a\x00b\r\xff"         | OK                      |
        | GET bin                        | "a\x00b\r\xff"          |
        | STRLEN bin                     | (integer) 5             |
        | SET "key with spaces" ""       | OK                      |
        | GET "key with spaces"          | ""                      |

  Rule: SET NX only creates missing keys, SET XX only replaces existing ones

    Scenario: NX and XX
      When the client runs:
        | command              | reply |
        | SET k v1 XX          | (nil) |
        | GET k                | (nil) |
        | SET k v1 NX          | OK    |
        | SET k v2 NX          | (nil) |
        | GET k                | "v1"  |
        | SET k v3 xx          | OK    |
        | GET k                | "v3"  |

  Rule: SET GET answers the old value, whether or not the new one is set

    Scenario: GET with and without NX
      When the client runs:
        | command              | reply  |
        | SET k v1 GET         | (nil)  |
        | SET k v2 GET         | "v1"   |
        | SET k v3 NX GET      | "v2"   |
        | GET k                | "v2"   |
        | SET other v XX GET   | (nil)  |
        | GET other            | (nil)  |

  Rule: SET EX, PX, EXAT and PXAT give the key a time to live

    Scenario: EX counts seconds
      When the client runs:
        | command               | reply |
        | SET session abc EX 10 | OK    |
      And 9 seconds pass
      And the client runs:
        | command     | reply |
        | GET session | "abc" |
      And 1 second passes
      And the client runs:
        | command     | reply |
        | GET session | (nil) |

    Scenario: PX counts milliseconds
      When the client runs:
        | command              | reply |
        | SET token t PX 100   | OK    |
      And 100 milliseconds pass
      And the client runs:
        | command   | reply |
        | GET token | (nil) |

    Scenario: EXAT and PXAT take a Unix time; one in the past deletes the key at once
      When the client runs:
        | command                       | reply |
        | SET far v EXAT 32503680000    | OK    |
        | SET farms v PXAT 32503680000000 | OK  |
        | SET old v EXAT 1              | OK    |
        | SET oldms v PXAT 1            | OK    |
        | MGET far farms old oldms      | 1) "v" 2) "v" 3) (nil) 4) (nil) |

    Scenario: a plain SET drops the time to live, KEEPTTL keeps it
      When the client runs:
        | command                | reply |
        | SET plain v EX 10      | OK    |
        | SET plain w            | OK    |
        | SET kept v EX 10       | OK    |
        | SET kept w KEEPTTL     | OK    |
      And 10 seconds pass
      And the client runs:
        | command    | reply |
        | GET plain  | "w"   |
        | GET kept   | (nil) |

  Rule: SET refuses conflicting options and invalid expire times

    Scenario Outline: SET k v <options>
      When the client runs "SET k v <options>"
      Then the reply is "<reply>"

      Examples:
        | options                    | reply                                               |
        | NX XX                      | (error) ERR syntax error                            |
        | XX NX                      | (error) ERR syntax error                            |
        | EX 10 PX 10000             | (error) ERR syntax error                            |
        | EXAT 10 PXAT 10000         | (error) ERR syntax error                            |
        | KEEPTTL EX 10              | (error) ERR syntax error                            |
        | PX 10 KEEPTTL              | (error) ERR syntax error                            |
        | EX                         | (error) ERR syntax error                            |
        | PERSIST                    | (error) ERR syntax error                            |
        | EX 10 unknown              | (error) ERR syntax error                            |
        | EX 0                       | (error) ERR invalid expire time in 'set' command    |
        | PX -1                      | (error) ERR invalid expire time in 'set' command    |
        | EXAT 0                     | (error) ERR invalid expire time in 'set' command    |
        | PX 9223372036854775807     | (error) ERR invalid expire time in 'set' command    |
        | EX 9223372036854775        | (error) ERR invalid expire time in 'set' command    |
        | EX ten                     | (error) ERR value is not an integer or out of range |
        | EX 10 EX 20                | OK                                                  |
        | NX NX GET                  | (nil)                                               |

  Rule: SETNX sets a missing key and answers whether it did

    Scenario: SETNX
      When the client runs:
        | command          | reply       |
        | SETNX lock me    | (integer) 1 |
        | SETNX lock you   | (integer) 0 |
        | GET lock         | "me"        |

  Rule: SETEX and PSETEX set a value with a time to live in seconds or milliseconds

    Scenario: SETEX and PSETEX
      When the client runs:
        | command               | reply |
        | SETEX s 10 v          | OK    |
        | PSETEX p 1500 v       | OK    |
        | MGET s p              | 1) "v" 2) "v" |
      And 1500 milliseconds pass
      And the client runs:
        | command  | reply            |
        | MGET s p | 1) "v" 2) (nil)  |
      And 9 seconds pass
      And the client runs:
        | command  | reply |
        | GET s    | (nil) |

    Scenario: the time to live must be a positive integer
      When the client runs:
        | command           | reply                                               |
        | SETEX s 0 v       | (error) ERR invalid expire time in 'setex' command  |
        | SETEX s -5 v      | (error) ERR invalid expire time in 'setex' command  |
        | SETEX s ten v     | (error) ERR value is not an integer or out of range |
        | PSETEX p 0 v      | (error) ERR invalid expire time in 'psetex' command |
        | SETEX s 10        | (error) ERR wrong number of arguments for 'setex' command |
        | GET s             | (nil)                                               |

  Rule: GETSET sets a new value and answers the old one

    Scenario: GETSET
      When the client runs:
        | command              | reply  |
        | GETSET counter 0     | (nil)  |
        | INCR counter         | (integer) 1 |
        | GETSET counter 0     | "1"    |
        | GET counter          | "0"    |

  Rule: GETDEL answers the value and deletes the key

    Scenario: GETDEL
      When the client runs:
        | command      | reply  |
        | SET k v      | OK     |
        | GETDEL k     | "v"    |
        | GETDEL k     | (nil)  |
        | GET k        | (nil)  |

  Rule: GETEX answers the value and sets or removes its time to live

    Scenario: EX, PX, EXAT, PXAT and PERSIST
      When the client runs:
        | command                        | reply |
        | SET k v                        | OK    |
        | GETEX k                        | "v"   |
        | GETEX k EX 100                 | "v"   |
        | GETEX k PX 100000              | "v"   |
        | GETEX k EXAT 32503680000       | "v"   |
        | GETEX k PXAT 32503680000000    | "v"   |
        | GETEX k PX 100                 | "v"   |
        | SET p v                        | OK    |
        | GETEX p EX 100                 | "v"   |
        | GETEX p PERSIST                | "v"   |
        | GETEX missing EX 100           | (nil) |
      And 100 milliseconds pass
      And the client runs:
        | command    | reply |
        | GET k      | (nil) |
      And 100 seconds pass
      And the client runs:
        | command    | reply |
        | GET p      | "v"   |

    Scenario: a time in the past answers the value and deletes the key
      When the client runs:
        | command          | reply |
        | SET k v          | OK    |
        | GETEX k EXAT 1   | "v"   |
        | GET k            | (nil) |

    Scenario: errors
      When the client runs:
        | command                  | reply                                               |
        | SET k v                  | OK                                                  |
        | GETEX k GET              | (error) ERR syntax error                            |
        | GETEX k KEEPTTL          | (error) ERR syntax error                            |
        | GETEX k NX               | (error) ERR syntax error                            |
        | GETEX k EX 10 PX 10      | (error) ERR syntax error                            |
        | GETEX k PERSIST EX 10    | (error) ERR syntax error                            |
        | GETEX k EX               | (error) ERR syntax error                            |
        | GETEX k EX 0             | (error) ERR invalid expire time in 'getex' command  |
        | GETEX missing PX -5      | (nil)                                               |
        | GETEX k EX ten           | (error) ERR value is not an integer or out of range |
        | GETEX                    | (error) ERR wrong number of arguments for 'getex' command |

  Rule: MGET answers every key, nil for those that are missing

    Scenario: MGET
      When the client runs:
        | command             | reply                        |
        | SET a 1             | OK                           |
        | SET c 3             | OK                           |
        | MGET a b c          | 1) "1" 2) (nil) 3) "3"       |
        | MGET                | (error) ERR wrong number of arguments for 'mget' command |

  Rule: MSET sets every pair; MSETNX sets them only if none of the keys exists

    Scenario: MSET and MSETNX
      When the client runs:
        | command                  | reply                                                     |
        | MSET a 1 b 2             | OK                                                        |
        | MGET a b                 | 1) "1" 2) "2"                                             |
        | MSETNX a 9 c 3           | (integer) 0                                               |
        | MGET a c                 | 1) "1" 2) (nil)                                           |
        | MSETNX c 3 d 4           | (integer) 1                                               |
        | MGET c d                 | 1) "3" 2) "4"                                             |
        | MSET a 1 b               | (error) ERR wrong number of arguments for 'mset' command   |
        | MSETNX a 1 b             | (error) ERR wrong number of arguments for 'msetnx' command |

  Rule: APPEND appends to a string, creating it if missing, and answers the new length

    Scenario: APPEND
      When the client runs:
        | command                | reply           |
        | APPEND log ""          | (integer) 0     |
        | GET log                | ""              |
        | APPEND log hello       | (integer) 5     |
        | APPEND log " world"    | (integer) 11    |
        | GET log                | "hello world"   |

    Scenario: APPEND keeps the time to live
      When the client runs:
        | command              | reply       |
        | SET k a EX 10        | OK          |
        | APPEND k b           | (integer) 2 |
      And 10 seconds pass
      And the client runs:
        | command  | reply |
        | GET k    | (nil) |

    Scenario: the result may not exceed proto-max-bulk-len
      Given the server is started with "--proto-max-bulk-len 1mb"
      When the client runs:
        | command                    | reply                                                                |
        | SETRANGE big 1048575 x     | (integer) 1048576                                                    |
        | APPEND big y               | (error) ERR string exceeds maximum allowed size (proto-max-bulk-len) |
        | STRLEN big                 | (integer) 1048576                                                    |

  Rule: STRLEN answers the length in bytes, 0 for a missing key

    Scenario: STRLEN
      When the client runs:
        | command          | reply        |
        | SET k "héllo"    | OK           |
        | STRLEN k         | (integer) 6  |
        | SET n 12345      | OK           |
        | STRLEN n         | (integer) 5  |
        | STRLEN missing   | (integer) 0  |

  Rule: GETRANGE and SUBSTR answer a substring, with inclusive indexes that may count from the end

    Scenario Outline: GETRANGE s <start> <end> of "This is a string"
      When the client runs:
        | command                  | reply   |
        | SET s "This is a string" | OK      |
        | GETRANGE s <start> <end> | <reply> |

      Examples:
        | start | end  | reply              |
        | 0     | 3    | "This"             |
        | -3    | -1   | "ing"              |
        | 0     | -1   | "This is a string" |
        | 10    | 100  | "string"           |
        | -100  | 3    | "This"             |
        | 5     | 3    | ""                 |
        | -1    | -5   | ""                 |
        | -20   | -19  | "T"                |
        | -19   | -20  | ""                 |
        | 0     | -100 | "T"                |

    Scenario: missing keys, SUBSTR and bad indexes
      When the client runs:
        | command                | reply                                               |
        | GETRANGE missing 0 -1  | ""                                                  |
        | SET s hello            | OK                                                  |
        | SUBSTR s 1 3           | "ell"                                               |
        | GETRANGE s zero 1      | (error) ERR value is not an integer or out of range |
        | GETRANGE s 0           | (error) ERR wrong number of arguments for 'getrange' command |

  Rule: SETRANGE overwrites part of a string, padding with zero bytes, and answers the new length

    Scenario: SETRANGE
      When the client runs:
        | command                    | reply                             |
        | SET k "Hello World"        | OK                                |
        | SETRANGE k 6 Redis         | (integer) 11                      |
        | GET k                      | "Hello Redis"                     |
        | SETRANGE pad 3 abc         | (integer) 6                       |
        | GET pad                    | "\x00\x00\x00abc"                 |
        | SETRANGE k 100 ""          | (integer) 11                      |
        | SETRANGE missing 5 ""      | (integer) 0                       |
        | GET missing                | (nil)                             |
        | SETRANGE k -1 x            | (error) ERR offset is out of range |
        | SETRANGE k one x           | (error) ERR value is not an integer or out of range |

    Scenario: offset plus length may not exceed proto-max-bulk-len
      Given the server is started with "--proto-max-bulk-len 1mb"
      When the client runs:
        | command                           | reply                                                                |
        | SETRANGE k 1048576 x              | (error) ERR string exceeds maximum allowed size (proto-max-bulk-len) |
        | SETRANGE k 9223372036854775807 x  | (error) ERR string exceeds maximum allowed size (proto-max-bulk-len) |
        | SETRANGE k 1048575 x              | (integer) 1048576                                                    |

  Rule: INCR, DECR, INCRBY and DECRBY treat the string as a 64-bit integer, a missing key as 0

    Scenario: counting
      When the client runs:
        | command              | reply                   |
        | INCR counter         | (integer) 1             |
        | INCRBY counter 41    | (integer) 42            |
        | DECR counter         | (integer) 41            |
        | DECRBY counter 2     | (integer) 39            |
        | INCRBY counter -40   | (integer) -1            |
        | DECR fresh           | (integer) -1            |
        | GET counter          | "-1"                    |

    Scenario: counters keep their time to live
      When the client runs:
        | command              | reply       |
        | SET c 1 EX 10        | OK          |
        | INCR c               | (integer) 2 |
      And 10 seconds pass
      And the client runs:
        | command   | reply |
        | GET c     | (nil) |

    Scenario Outline: INCR refuses "<value>"
      When the client runs:
        | command         | reply                                               |
        | SET c "<value>" | OK                                                  |
        | INCR c          | (error) ERR value is not an integer or out of range |

      Examples:
        | value                |
        | abc                  |
        | 1.0                  |
        | 01                   |
        | \x201                |
        | -0                   |
        | 9223372036854775808  |

    Scenario: overflow and bad increments
      When the client runs:
        | command                                  | reply                                               |
        | SET max 9223372036854775807              | OK                                                  |
        | INCR max                                 | (error) ERR increment or decrement would overflow   |
        | SET min -9223372036854775808             | OK                                                  |
        | DECR min                                 | (error) ERR increment or decrement would overflow   |
        | INCRBY min -1                            | (error) ERR increment or decrement would overflow   |
        | DECRBY c -9223372036854775808            | (error) ERR decrement would overflow                |
        | INCRBY c 1.5                             | (error) ERR value is not an integer or out of range |
        | INCRBY c 99999999999999999999            | (error) ERR value is not an integer or out of range |
        | GET max                                  | "9223372036854775807"                               |

  Rule: INCRBYFLOAT adds with long double precision and stores the result as text

    Scenario: INCRBYFLOAT
      When the client runs:
        | command                      | reply          |
        | SET f 10.50                  | OK             |
        | INCRBYFLOAT f 0.1            | "10.6"         |
        | INCRBYFLOAT f -5             | "5.6"          |
        | SET e 5.0e3                  | OK             |
        | INCRBYFLOAT e 2.0e2          | "5200"         |
        | INCRBYFLOAT h 0x10           | "16"           |
        | SET k 1000                   | OK             |
        | INCRBYFLOAT k 0.1            | "1000.09999999999999998" |

    Scenario: errors
      When the client runs:
        | command                  | reply                                             |
        | INCRBYFLOAT f abc        | (error) ERR value is not a valid float            |
        | INCRBYFLOAT f "1 "       | (error) ERR value is not a valid float            |
        | INCRBYFLOAT f nan        | (error) ERR value is not a valid float            |
        | INCRBYFLOAT f inf        | (error) ERR increment would produce NaN or Infinity |
        | SET word hello           | OK                                                |
        | INCRBYFLOAT word 1       | (error) ERR value is not a valid float            |
        | GET f                    | (nil)                                             |

  Rule: LCS finds the longest common subsequence of two strings

    Scenario: the subsequence, its length, and where it matches
      When the client runs:
        | command                                               | reply                                                                                                   |
        | MSET key1 ohmytext key2 mynewtext                     | OK                                                                                                      |
        | LCS key1 key2                                         | "mytext"                                                                                                |
        | LCS key1 key2 LEN                                     | (integer) 6                                                                                             |
        | LCS key1 key2 IDX MINMATCHLEN 4 WITHMATCHLEN          | 1) "matches" 2) 1) 1) 1) (integer) 4 2) (integer) 7 2) 1) (integer) 5 2) (integer) 8 3) (integer) 4 3) "len" 4) (integer) 6 |
        | LCS key1 missing                                      | ""                                                                                                      |
      And the client runs "LCS key1 key2 IDX"
      Then the reply is:
        """
        1) "matches"
        2) 1) 1) 1) (integer) 4
                 2) (integer) 7
              2) 1) (integer) 5
                 2) (integer) 8
           2) 1) 1) (integer) 2
                 2) (integer) 3
              2) 1) (integer) 0
                 2) (integer) 1
        3) "len"
        4) (integer) 6
        """

    Scenario: errors
      When the client runs:
        | command                          | reply                                                                 |
        | LCS key1 key2 LEN IDX            | (error) ERR If you want both the length and indexes, please just use IDX. |
        | LCS key1 key2 FOO                | (error) ERR syntax error                                              |
        | LCS key1 key2 MINMATCHLEN        | (error) ERR syntax error                                              |
        | LCS key1 key2 MINMATCHLEN x      | (error) ERR value is not an integer or out of range                   |
        | LCS key1                         | (error) ERR wrong number of arguments for 'lcs' command               |
