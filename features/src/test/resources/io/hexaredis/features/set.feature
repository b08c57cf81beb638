Feature: Sets
  A set is an unordered collection of distinct binary-safe strings, with membership tests, random
  picks, and intersections, unions and differences computed by the server. A set of integers is
  stored as a sorted intset, so it lists its members in numeric order; any other member, or more
  than set-max-intset-entries of them, makes it a hashtable, whose order is its own. Whole sets are
  RESP3 sets; a set whose last member goes disappears.

  Rule: SADD adds members and counts the new ones; SREM removes them and counts the removed ones

    Scenario: adding and removing
      When the client runs:
        | command              | reply                                                    |
        | SADD s 3 1 2 1       | (integer) 3                                              |
        | SADD s 2 4           | (integer) 1                                              |
        | SMEMBERS s           | 1) "1" 2) "2" 3) "3" 4) "4"                              |
        | TYPE s               | set                                                      |
        | SREM s 1 1 9 x       | (integer) 1                                              |
        | SREM missing 1       | (integer) 0                                              |
        | SCARD s              | (integer) 3                                              |
        | SREM s 2 3 4         | (integer) 3                                              |
        | EXISTS s             | (integer) 0                                              |
        | SADD s               | (error) ERR wrong number of arguments for 'sadd' command |
        | SREM s               | (error) ERR wrong number of arguments for 'srem' command |

    Scenario: members are bytes
      When the client runs:
        | command                  | reply             |
        | SADD b "a\x00b" "\xff" ""  | (integer) 3     |
        | SISMEMBER b "a\x00b"     | (integer) 1       |
        | SISMEMBER b ""           | (integer) 1       |
        | SISMEMBER b a            | (integer) 0       |

  Rule: SMEMBERS answers the whole set, a RESP3 set

    Scenario: members of string and integer sets
      When the client runs:
        | command               | reply                 |
        | SADD fruit apple pear | (integer) 2           |
        | SMEMBERS missing      | (empty array)         |
      And the client runs "SMEMBERS fruit"
      Then the reply, sorted, is "1) "apple" 2) "pear""

    Scenario: a RESP3 set
      When the client runs "HELLO 3"
      And the client runs:
        | command           | reply                     |
        | SADD s 20 10      | (integer) 2               |
        | SMEMBERS s        | 1~ "10" 2~ "20"           |
        | SMEMBERS missing  | (empty set)               |

  Rule: SISMEMBER, SMISMEMBER and SCARD answer 0 for what is missing

    Scenario: membership
      When the client runs:
        | command                  | reply                                           |
        | SADD s a 1               | (integer) 2                                     |
        | SISMEMBER s a            | (integer) 1                                     |
        | SISMEMBER s 1            | (integer) 1                                     |
        | SISMEMBER s 01           | (integer) 0                                     |
        | SISMEMBER missing a      | (integer) 0                                     |
        | SMISMEMBER s a z 1       | 1) (integer) 1 2) (integer) 0 3) (integer) 1    |
        | SMISMEMBER missing a b   | 1) (integer) 0 2) (integer) 0                   |
        | SCARD s                  | (integer) 2                                     |
        | SCARD missing            | (integer) 0                                     |
        | SMISMEMBER s             | (error) ERR wrong number of arguments for 'smismember' command |

  Rule: SPOP removes members at random and answers them

    Scenario: one member, or nil
      When the client runs:
        | command        | reply       |
        | SADD s only    | (integer) 1 |
        | SPOP s         | "only"      |
        | EXISTS s       | (integer) 0 |
        | SPOP missing   | (nil)       |

    Scenario: a count
      When the client runs:
        | command          | reply                   |
        | SADD s 1 2 3     | (integer) 3             |
        | SPOP s 0         | (empty array)           |
        | SPOP missing 2   | (empty array)           |
        | SPOP s 10        | 1) "1" 2) "2" 3) "3"    |
        | EXISTS s         | (integer) 0             |
        | SADD s a b c d   | (integer) 4             |
        | SCARD s          | (integer) 4             |
      And the client runs "SPOP s 3"
      Then the reply matches "^1\) \"[abcd]\"\s+2\) \"[abcd]\"\s+3\) \"[abcd]\"$"
      And the client runs:
        | command          | reply                   |
        | SCARD s          | (integer) 1             |

    Scenario: a count answers a RESP3 set
      When the client runs "HELLO 3"
      And the client runs:
        | command          | reply             |
        | SADD s 1 2       | (integer) 2       |
        | SPOP s 0         | (empty set)       |
        | SPOP s 5         | 1~ "1" 2~ "2"     |
        | SPOP missing 1   | (empty set)       |

    Scenario: bad counts
      When the client runs:
        | command       | reply                                                 |
        | SADD s 1      | (integer) 1                                           |
        | SPOP s -1     | (error) ERR value is out of range, must be positive   |
        | SPOP s x      | (error) ERR value is out of range, must be positive   |
        | SPOP s 1 2    | (error) ERR syntax error                              |

  Rule: SRANDMEMBER picks members at random: distinct ones for a positive count, repeats for a negative one

    Scenario: picking without removing
      When the client runs:
        | command               | reply                   |
        | SADD s 7              | (integer) 1             |
        | SRANDMEMBER s         | "7"                     |
        | SRANDMEMBER s 5       | 1) "7"                  |
        | SRANDMEMBER s -3      | 1) "7" 2) "7" 3) "7"    |
        | SRANDMEMBER s 0       | (empty array)           |
        | SRANDMEMBER missing   | (nil)                   |
        | SRANDMEMBER missing 2 | (empty array)           |
        | SCARD s               | (integer) 1             |

    Scenario: a positive count never repeats a member
      When the client runs:
        | command          | reply       |
        | SADD s a b c     | (integer) 3 |
      And the client runs "SRANDMEMBER s 3"
      Then the reply, sorted, is "1) "a" 2) "b" 3) "c""

    Scenario: an array in RESP3 too, since members may repeat
      When the client runs "HELLO 3"
      And the client runs:
        | command             | reply           |
        | SADD s x            | (integer) 1     |
        | SRANDMEMBER s -2    | 1) "x" 2) "x"   |

    Scenario: bad counts
      When the client runs:
        | command                              | reply                                                                                     |
        | SADD s 1                             | (integer) 1                                                                               |
        | SRANDMEMBER s x                      | (error) ERR value is not an integer or out of range                                       |
        | SRANDMEMBER s -9223372036854775808   | (error) ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807 |
        | SRANDMEMBER s 1 2                    | (error) ERR syntax error                                                                  |

  Rule: SMOVE moves a member from one set to another

    Scenario: moving members
      When the client runs:
        | command              | reply         |
        | SADD src 1 a         | (integer) 2   |
        | SADD dst 2           | (integer) 1   |
        | SMOVE src dst 1      | (integer) 1   |
        | SMOVE src dst 9      | (integer) 0   |
        | SMEMBERS dst         | 1) "1" 2) "2" |
        | SMOVE src new a      | (integer) 1   |
        | EXISTS src           | (integer) 0   |
        | SMEMBERS new         | 1) "a"        |
        | SMOVE missing dst 1  | (integer) 0   |
        | SMOVE dst dst 1      | (integer) 1   |
        | SMOVE dst dst 9      | (integer) 0   |

    Scenario: a missing source answers 0 before the destination's type is checked
      When the client runs:
        | command              | reply                                                                    |
        | SET str x            | OK                                                                       |
        | SADD s 1             | (integer) 1                                                              |
        | SMOVE missing str 1  | (integer) 0                                                              |
        | SMOVE s str 1        | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | SMOVE str s 1        | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | SISMEMBER s 1        | (integer) 1                                                              |

  Rule: SINTER, SUNION and SDIFF combine sets; a missing key is an empty set

    Background:
      When the client runs:
        | command              | reply       |
        | SADD a 1 2 3 4       | (integer) 4 |
        | SADD b 3 4 5         | (integer) 3 |
        | SADD c 4 6           | (integer) 2 |

    Scenario: intersections
      When the client runs:
        | command              | reply           |
        | SINTER a b           | 1) "3" 2) "4"   |
        | SINTER a b c         | 1) "4"          |
        | SINTER a             | 1) "1" 2) "2" 3) "3" 4) "4" |
        | SINTER a missing     | (empty array)   |

    Scenario: unions and differences of integer sets come out sorted
      When the client runs:
        | command              | reply                                       |
        | SUNION c b a         | 1) "1" 2) "2" 3) "3" 4) "4" 5) "5" 6) "6"   |
        | SUNION missing c     | 1) "4" 2) "6"                               |
        | SDIFF a b            | 1) "1" 2) "2"                               |
        | SDIFF a b c missing  | 1) "1" 2) "2"                               |
        | SDIFF a a            | (empty array)                               |
        | SDIFF missing a      | (empty array)                               |

    Scenario: sets of strings
      When the client runs:
        | command              | reply       |
        | SADD x a b c         | (integer) 3 |
        | SADD y b c d         | (integer) 3 |
      And the client runs "SINTER x y"
      Then the reply, sorted, is "1) "b" 2) "c""
      And the client runs "SUNION x y"
      Then the reply, sorted, is "1) "a" 2) "b" 3) "c" 4) "d""
      And the client runs:
        | command              | reply       |
        | SDIFF y x            | 1) "d"      |

    Scenario: RESP3 sets
      When the client runs "HELLO 3"
      And the client runs:
        | command              | reply             |
        | SINTER a b           | 1~ "3" 2~ "4"     |
        | SUNION c missing     | 1~ "4" 2~ "6"     |
        | SDIFF a b            | 1~ "1" 2~ "2"     |
        | SINTER a missing     | (empty set)       |
        | SDIFF missing        | (empty set)       |

    Scenario: every key is type-checked, even after a missing one
      When the client runs:
        | command              | reply                                                                    |
        | SET str x            | OK                                                                       |
        | SINTER missing str   | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | SUNION a str         | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | SDIFF missing str    | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | SINTER               | (error) ERR wrong number of arguments for 'sinter' command               |

  Rule: SINTERSTORE, SUNIONSTORE and SDIFFSTORE store the result, replacing the destination and its TTL

    Background:
      When the client runs:
        | command              | reply       |
        | SADD a 1 2 3 4       | (integer) 4 |
        | SADD b 3 4 5         | (integer) 3 |

    Scenario: storing results
      When the client runs:
        | command                   | reply                                     |
        | SET dst old               | OK                                        |
        | EXPIRE dst 100            | (integer) 1                               |
        | SINTERSTORE dst a b       | (integer) 2                               |
        | TTL dst                   | (integer) -1                              |
        | SMEMBERS dst              | 1) "3" 2) "4"                             |
        | SUNIONSTORE dst a b       | (integer) 5                               |
        | SMEMBERS dst              | 1) "1" 2) "2" 3) "3" 4) "4" 5) "5"        |
        | SDIFFSTORE dst a b        | (integer) 2                               |
        | SMEMBERS dst              | 1) "1" 2) "2"                             |
        | SUNIONSTORE a a missing   | (integer) 4                               |
        | SINTERSTORE              | (error) ERR wrong number of arguments for 'sinterstore' command |
        | SINTERSTORE dst           | (error) ERR wrong number of arguments for 'sinterstore' command |

    Scenario: an empty result deletes the destination
      When the client runs:
        | command                   | reply       |
        | SET dst old               | OK          |
        | SINTERSTORE dst a missing | (integer) 0 |
        | EXISTS dst                | (integer) 0 |
        | SADD dst 1                | (integer) 1 |
        | SDIFFSTORE dst a a        | (integer) 0 |
        | EXISTS dst                | (integer) 0 |
        | SADD dst 1                | (integer) 1 |
        | SUNIONSTORE dst missing   | (integer) 0 |
        | EXISTS dst                | (integer) 0 |

    Scenario: the sources are type-checked
      When the client runs:
        | command                   | reply                                                                    |
        | SET str x                 | OK                                                                       |
        | SINTERSTORE dst missing str | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | SUNIONSTORE dst str       | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | SDIFFSTORE dst a str      | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | SINTERSTORE str a b       | (integer) 2                                                              |
        | TYPE str                  | set                                                                      |

  Rule: SINTERCARD counts the intersection, stopping at LIMIT

    Scenario: counting
      When the client runs:
        | command                             | reply       |
        | SADD a 1 2 3 4                      | (integer) 4 |
        | SADD b 2 3 4 5                      | (integer) 4 |
        | SINTERCARD 2 a b                    | (integer) 3 |
        | SINTERCARD 2 a b LIMIT 2            | (integer) 2 |
        | SINTERCARD 2 a b limit 0            | (integer) 3 |
        | SINTERCARD 2 a b LIMIT 1 LIMIT 10   | (integer) 3 |
        | SINTERCARD 1 a                      | (integer) 4 |
        | SINTERCARD 2 a missing              | (integer) 0 |

    Scenario: numkeys and options are checked
      When the client runs:
        | command                        | reply                                                         |
        | SADD a 1                       | (integer) 1                                                   |
        | SET str x                      | OK                                                            |
        | SINTERCARD 0 a                 | (error) ERR numkeys should be greater than 0                  |
        | SINTERCARD -1 a                | (error) ERR numkeys should be greater than 0                  |
        | SINTERCARD x a                 | (error) ERR numkeys should be greater than 0                  |
        | SINTERCARD 3 a b               | (error) ERR Number of keys can't be greater than number of args |
        | SINTERCARD 1 a b               | (error) ERR syntax error                                      |
        | SINTERCARD 1 a LIMIT           | (error) ERR syntax error                                      |
        | SINTERCARD 1 a LIMIT -1        | (error) ERR LIMIT can't be negative                           |
        | SINTERCARD 1 a LIMIT x         | (error) ERR LIMIT can't be negative                           |
        | SINTERCARD 2 missing str       | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | SINTERCARD 1                   | (error) ERR wrong number of arguments for 'sintercard' command |

  Rule: SSCAN iterates a set with a cursor; an intset comes back whole

    Scenario: an intset in one call
      When the client runs:
        | command                    | reply                                 |
        | SADD s 30 10 20            | (integer) 3                           |
        | SSCAN s 0                  | 1) "0" 2) 1) "10" 2) "20" 3) "30"     |
        | SSCAN s 0 COUNT 1          | 1) "0" 2) 1) "10" 2) "20" 3) "30"     |
        | SSCAN s 0 MATCH 2*         | 1) "0" 2) 1) "20"                     |
        | SSCAN s 0 match *0 count 5 | 1) "0" 2) 1) "10" 2) "20" 3) "30"     |
        | SSCAN missing 0            | 1) "0" 2) (empty array)               |

    Scenario: cursors and options are checked
      When the client runs:
        | command                  | reply                                                  |
        | SADD s 1                 | (integer) 1                                            |
        | SSCAN s x                | (error) ERR invalid cursor                             |
        | SSCAN s -1               | 1) "0" 2) 1) "1"                                       |
        | SSCAN s 0 COUNT 0        | (error) ERR syntax error                               |
        | SSCAN s 0 COUNT x        | (error) ERR value is not an integer or out of range    |
        | SSCAN s 0 MATCH          | (error) ERR syntax error                               |
        | SSCAN s 0 foo bar        | (error) ERR syntax error                               |
        | SSCAN missing 0 foo bar  | 1) "0" 2) (empty array)                                |

  Rule: Integer sets are intsets up to set-max-intset-entries; any other member makes a hashtable, for good

    Scenario: conversions
      Given the server is started with "--set-max-intset-entries 3"
      When the client runs:
        | command                       | reply                            |
        | SADD s 1 2 3                  | (integer) 3                      |
        | OBJECT ENCODING s             | "intset"                         |
        | SADD s 4                      | (integer) 1                      |
        | OBJECT ENCODING s             | "hashtable"                      |
        | SADD t -9223372036854775808 9223372036854775807 | (integer) 2    |
        | OBJECT ENCODING t             | "intset"                         |
        | SADD t a                      | (integer) 1                      |
        | OBJECT ENCODING t             | "hashtable"                      |
        | SREM t a                      | (integer) 1                      |
        | OBJECT ENCODING t             | "hashtable"                      |
        | SADD u 01                     | (integer) 1                      |
        | OBJECT ENCODING u             | "hashtable"                      |
        | CONFIG GET set-max-intset-entries | 1) "set-max-intset-entries" 2) "3" |

    Scenario: results made of integers are stored as intsets, whatever the sources were
      Given the server is started with "--set-max-intset-entries 2"
      When the client runs:
        | command                   | reply        |
        | SADD a 1 2 3 4            | (integer) 4  |
        | SADD b 3 4 5              | (integer) 3  |
        | OBJECT ENCODING a         | "hashtable"  |
        | SINTERSTORE dst a b       | (integer) 2  |
        | OBJECT ENCODING dst       | "intset"     |
        | SMEMBERS dst              | 1) "3" 2) "4" |
        | SUNIONSTORE dst a b       | (integer) 5  |
        | OBJECT ENCODING dst       | "hashtable"  |

  Rule: Set commands refuse keys of another type

    Scenario Outline: WRONGTYPE
      When the client runs:
        | command     | reply                                                                    |
        | SET k text  | OK                                                                       |
        | <command>   | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

      Examples:
        | command              |
        | SADD k a             |
        | SREM k a             |
        | SMEMBERS k           |
        | SISMEMBER k a        |
        | SMISMEMBER k a       |
        | SCARD k              |
        | SPOP k               |
        | SPOP k 0             |
        | SRANDMEMBER k        |
        | SRANDMEMBER k 0      |
        | SINTERCARD 1 k       |
        | SSCAN k 0            |
