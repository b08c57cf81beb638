Feature: Hashes
  A hash maps fields to values, both binary-safe strings: the natural shape of an object. Small
  hashes are stored compactly as a listpack, in insertion order; past hash-max-listpack-entries
  fields or hash-max-listpack-value bytes they become a hashtable, for good. HGETALL answers a map
  in RESP3, and a hash whose last field is deleted disappears.

  Rule: HSET sets fields and counts the new ones; HMSET does the same and answers OK

    Scenario: setting, replacing and reading fields
      When the client runs:
        | command                  | reply                          |
        | HSET user name ada age 36 | (integer) 2                   |
        | HSET user age 37 city london | (integer) 1                |
        | HGET user age            | "37"                           |
        | HMSET user lang en       | OK                             |
        | HLEN user                | (integer) 4                    |
        | TYPE user                | hash                           |
        | HGETALL user             | 1) "name" 2) "ada" 3) "age" 4) "37" 5) "city" 6) "london" 7) "lang" 8) "en" |

    Scenario: fields and values are bytes
      When the client runs:
        | command                      | reply            |
        | HSET bin "f\x00" "v\t\r\xff" | (integer) 1      |
        | HGET bin "f\x00"             | "v\t\r\xff"      |
        | HSTRLEN bin "f\x00"          | (integer) 4      |
        | HSET bin "" ""               | (integer) 1      |
        | HGET bin ""                  | ""               |

    Scenario: fields come in pairs
      When the client runs:
        | command          | reply                                                     |
        | HSET h f         | (error) ERR wrong number of arguments for 'hset' command  |
        | HSET h f v g     | (error) ERR wrong number of arguments for 'hset' command  |
        | HMSET h f v g    | (error) ERR wrong number of arguments for 'hmset' command |
        | HMSET h          | (error) ERR wrong number of arguments for 'hmset' command |
        | EXISTS h         | (integer) 0                                               |

  Rule: HSETNX sets a field only if the hash does not have it

    Scenario: the first value stays
      When the client runs:
        | command             | reply       |
        | HSETNX h f first    | (integer) 1 |
        | HSETNX h f second   | (integer) 0 |
        | HGET h f            | "first"     |

  Rule: HGET and HMGET read fields; missing fields and keys are nil

    Scenario: reading present and missing fields
      When the client runs:
        | command              | reply                        |
        | HSET h a 1 b 2       | (integer) 2                  |
        | HGET h a             | "1"                          |
        | HGET h zz            | (nil)                        |
        | HGET missing a       | (nil)                        |
        | HMGET h b zz a       | 1) "2" 2) (nil) 3) "1"       |
        | HMGET missing a b    | 1) (nil) 2) (nil)            |
        | HMGET h              | (error) ERR wrong number of arguments for 'hmget' command |

  Rule: HGETALL, HKEYS and HVALS read the whole hash, in insertion order while it is a listpack

    Scenario: a replaced field keeps its place
      When the client runs:
        | command              | reply                                   |
        | HSET h b 1 a 2 c 3   | (integer) 3                             |
        | HSET h a 20          | (integer) 0                             |
        | HKEYS h              | 1) "b" 2) "a" 3) "c"                    |
        | HVALS h              | 1) "1" 2) "20" 3) "3"                   |
        | HGETALL h            | 1) "b" 2) "1" 3) "a" 4) "20" 5) "c" 6) "3" |
        | HKEYS missing        | (empty array)                           |
        | HVALS missing        | (empty array)                           |
        | HGETALL missing      | (empty array)                           |

    Scenario: HGETALL is a map in RESP3
      When the client runs "HELLO 3"
      And the client runs:
        | command           | reply                          |
        | HSET h a 1 b 2    | (integer) 2                    |
        | HGETALL h         | 1# "a" => "1" 2# "b" => "2"    |
        | HGETALL missing   | (empty hash)                   |
        | HKEYS h           | 1) "a" 2) "b"                  |

    Scenario: a hashtable answers every field, in its own order
      Given the server is started with "--hash-max-listpack-entries 2"
      When the client runs:
        | command                | reply       |
        | HSET h a 1 b 2 c 3     | (integer) 3 |
        | OBJECT ENCODING h      | "hashtable" |
      And the client runs "HGETALL h"
      Then the reply, sorted, is "1) "1" 2) "2" 3) "3" 4) "a" 5) "b" 6) "c""

  Rule: HDEL removes fields, and the hash goes with its last field

    Scenario: deleting fields
      When the client runs:
        | command             | reply       |
        | HSET h a 1 b 2 c 3  | (integer) 3 |
        | HDEL h a a zz       | (integer) 1 |
        | HDEL h b c          | (integer) 2 |
        | EXISTS h            | (integer) 0 |
        | HDEL missing a      | (integer) 0 |
        | HDEL h              | (error) ERR wrong number of arguments for 'hdel' command |

  Rule: HEXISTS, HLEN and HSTRLEN answer 0 for what is missing

    Scenario: counting and testing
      When the client runs:
        | command              | reply       |
        | HSET h name ada      | (integer) 1 |
        | HEXISTS h name       | (integer) 1 |
        | HEXISTS h age        | (integer) 0 |
        | HEXISTS missing name | (integer) 0 |
        | HLEN h               | (integer) 1 |
        | HLEN missing         | (integer) 0 |
        | HSTRLEN h name       | (integer) 3 |
        | HSTRLEN h age        | (integer) 0 |
        | HSTRLEN missing name | (integer) 0 |

  Rule: HINCRBY adds to a field read as a 64-bit integer

    Scenario: counting in a field
      When the client runs:
        | command                  | reply                                              |
        | HINCRBY h n 5            | (integer) 5                                        |
        | HINCRBY h n -7           | (integer) -2                                       |
        | HGET h n                 | "-2"                                               |
        | HINCRBY h n 1.5          | (error) ERR value is not an integer or out of range |
        | HINCRBY h n +1           | (error) ERR value is not an integer or out of range |

    Scenario: the stored value must be an integer and the sum must fit
      When the client runs:
        | command                                    | reply                                            |
        | HSET h f 1.5 sp " 1" max 9223372036854775807 | (integer) 3                                    |
        | HINCRBY h f 1                              | (error) ERR hash value is not an integer         |
        | HINCRBY h sp 1                             | (error) ERR hash value is not an integer         |
        | HINCRBY h max 1                            | (error) ERR increment or decrement would overflow |
        | HINCRBY h min -9223372036854775808         | (integer) -9223372036854775808                   |
        | HINCRBY h min -1                           | (error) ERR increment or decrement would overflow |

  Rule: HINCRBYFLOAT adds in long double precision and answers the stored text

    Scenario: adding decimals
      When the client runs:
        | command                                 | reply                        |
        | HINCRBYFLOAT h f 10.50                  | "10.5"                       |
        | HINCRBYFLOAT h f 0.1                    | "10.6"                       |
        | HINCRBYFLOAT h f -5.6                   | "5"                          |
        | HINCRBYFLOAT h f 3.0e3                  | "3005"                       |
        | HINCRBYFLOAT h f 1.23456789012345678901234 | "3006.23456789012345669" |
        | HSET h big 9223372036854775807          | (integer) 1                  |
        | HINCRBYFLOAT h big 1                    | "9223372036854775808"        |
        | HINCRBYFLOAT h hex 0x10                 | "16"                         |

    Scenario: increments, values and sums must be finite numbers
      When the client runs:
        | command                          | reply                                           |
        | HSET h word abc inf inf big 1e4932 | (integer) 3                                   |
        | HINCRBYFLOAT h f abc             | (error) ERR value is not a valid float          |
        | HINCRBYFLOAT h f nan             | (error) ERR value is not a valid float          |
        | HINCRBYFLOAT h f 1e5000          | (error) ERR value is not a valid float          |
        | HINCRBYFLOAT h f inf             | (error) ERR value is NaN or Infinity            |
        | HINCRBYFLOAT h f -infinity       | (error) ERR value is NaN or Infinity            |
        | HINCRBYFLOAT h word 1            | (error) ERR hash value is not a float           |
        | HINCRBYFLOAT h inf 1             | (error) ERR increment would produce NaN or Infinity |
        | HINCRBYFLOAT h big 1e4932        | (error) ERR increment would produce NaN or Infinity |
        | HEXISTS h f                      | (integer) 0                                     |

    Scenario: the answer is a bulk string in RESP3 too
      When the client runs "HELLO 3"
      And the client runs:
        | command               | reply  |
        | HINCRBYFLOAT h f 1.5  | "1.5"  |

  Rule: HRANDFIELD picks fields at random: distinct ones for a positive count, repeats for a negative one

    Scenario: one field, or nil
      When the client runs:
        | command            | reply       |
        | HSET h only 1      | (integer) 1 |
        | HRANDFIELD h       | "only"      |
        | HRANDFIELD missing | (nil)       |

    Scenario: counts
      When the client runs:
        | command                        | reply                                      |
        | HSET h a 1                     | (integer) 1                                |
        | HRANDFIELD h 5                 | 1) "a"                                     |
        | HRANDFIELD h -3                | 1) "a" 2) "a" 3) "a"                       |
        | HRANDFIELD h 0                 | (empty array)                              |
        | HRANDFIELD missing 3           | (empty array)                              |
        | HRANDFIELD h -2 WITHVALUES     | 1) "a" 2) "1" 3) "a" 4) "1"                |
        | HRANDFIELD missing 2 withvalues | (empty array)                             |

    Scenario: a positive count never repeats a field
      When the client runs:
        | command               | reply       |
        | HSET h a 1 b 2 c 3    | (integer) 3 |
      And the client runs "HRANDFIELD h 3"
      Then the reply, sorted, is "1) "a" 2) "b" 3) "c""
      And the client runs "HRANDFIELD h 10 WITHVALUES"
      Then the reply, sorted, is "1) "1" 2) "2" 3) "3" 4) "a" 5) "b" 6) "c""

    Scenario: WITHVALUES pairs each field with its value in RESP3
      When the client runs "HELLO 3"
      And the client runs:
        | command                    | reply                                    |
        | HSET h a 1                 | (integer) 1                              |
        | HRANDFIELD h -2 WITHVALUES | 1) 1) "a" 2) "1" 2) 1) "a" 2) "1"        |
        | HRANDFIELD h 1             | 1) "a"                                   |

    Scenario: bad counts and options
      When the client runs:
        | command                                          | reply                                                                                      |
        | HSET h a 1                                       | (integer) 1                                                                                |
        | HRANDFIELD h x                                   | (error) ERR value is not an integer or out of range                                        |
        | HRANDFIELD h -9223372036854775808                | (error) ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807 |
        | HRANDFIELD h 1 WITHVALUE                         | (error) ERR syntax error                                                                   |
        | HRANDFIELD h 1 WITHVALUES x                      | (error) ERR syntax error                                                                   |
        | HRANDFIELD h -4611686018427387904 WITHVALUES     | (error) ERR value is out of range                                                          |
        | HRANDFIELD h 4611686018427387904 WITHVALUES      | (error) ERR value is out of range                                                          |

  Rule: HSCAN iterates a hash with a cursor; a listpack comes back whole

    Scenario: a small hash in one call
      When the client runs:
        | command                         | reply                                            |
        | HSET h name ada age 36 city london | (integer) 3                                   |
        | HSCAN h 0                       | 1) "0" 2) 1) "name" 2) "ada" 3) "age" 4) "36" 5) "city" 6) "london" |
        | HSCAN h 0 COUNT 1               | 1) "0" 2) 1) "name" 2) "ada" 3) "age" 4) "36" 5) "city" 6) "london" |
        | HSCAN h 0 MATCH a*              | 1) "0" 2) 1) "age" 2) "36"                        |
        | HSCAN h 0 match *y* count 100   | 1) "0" 2) 1) "city" 2) "london"                   |
        | HSCAN h 0 MATCH x* MATCH n*     | 1) "0" 2) 1) "name" 2) "ada"                      |
        | HSCAN missing 0                 | 1) "0" 2) (empty array)                           |

    Scenario: cursors and options are checked
      When the client runs:
        | command                        | reply                                                  |
        | HSET h a 1                     | (integer) 1                                            |
        | HSCAN h x                      | (error) ERR invalid cursor                             |
        | HSCAN h " 0"                   | (error) ERR invalid cursor                             |
        | HSCAN h 18446744073709551616   | (error) ERR invalid cursor                             |
        | HSCAN h -1                     | 1) "0" 2) 1) "a" 2) "1"                                |
        | HSCAN h 0 COUNT 0              | (error) ERR syntax error                               |
        | HSCAN h 0 COUNT x              | (error) ERR value is not an integer or out of range    |
        | HSCAN h 0 MATCH                | (error) ERR syntax error                               |
        | HSCAN h 0 TYPE string          | (error) ERR syntax error                               |
        | HSCAN missing 0 COUNT 0        | 1) "0" 2) (empty array)                                |

  Rule: A small hash is a listpack, converted to a hashtable past the configured limits and never back

    Scenario: too many fields
      Given the server is started with "--hash-max-listpack-entries 3"
      When the client runs:
        | command              | reply       |
        | HSET h a 1 b 2 c 3   | (integer) 3 |
        | OBJECT ENCODING h    | "listpack"  |
        | HSET h d 4           | (integer) 1 |
        | OBJECT ENCODING h    | "hashtable" |
        | HDEL h a b c         | (integer) 3 |
        | OBJECT ENCODING h    | "hashtable" |

    Scenario: a field or value longer than the limit
      When the client runs:
        | command                                  | reply       |
        | CONFIG GET hash-max-listpack-*           | 1) "hash-max-listpack-entries" 2) "512" 3) "hash-max-listpack-value" 4) "64" |
        | CONFIG SET hash-max-ziplist-value 4      | OK          |
        | HSET h f 1234                            | (integer) 1 |
        | OBJECT ENCODING h                        | "listpack"  |
        | HSETNX h f 12345                         | (integer) 0 |
        | OBJECT ENCODING h                        | "listpack"  |
        | HSET h f 12345                           | (integer) 0 |
        | OBJECT ENCODING h                        | "hashtable" |
        | HSET k 12345 v                           | (integer) 1 |
        | OBJECT ENCODING k                        | "hashtable" |
        | HINCRBYFLOAT f x 1.5                     | "1.5"       |
        | OBJECT ENCODING f                        | "listpack"  |
        | HINCRBYFLOAT f x 0.001                   | "1.501"     |
        | OBJECT ENCODING f                        | "hashtable" |

  Rule: Hash commands refuse keys of another type

    Scenario Outline: WRONGTYPE
      When the client runs:
        | command     | reply                                                                    |
        | SET s text  | OK                                                                       |
        | <command>   | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

      Examples:
        | command                |
        | HSET s f v             |
        | HMSET s f v            |
        | HSETNX s f v           |
        | HGET s f               |
        | HMGET s f              |
        | HGETALL s              |
        | HKEYS s                |
        | HVALS s                |
        | HDEL s f               |
        | HEXISTS s f            |
        | HLEN s                 |
        | HSTRLEN s f            |
        | HINCRBY s f 1          |
        | HINCRBYFLOAT s f 1     |
        | HRANDFIELD s           |
        | HRANDFIELD s 0         |
        | HSCAN s 0 COUNT 0      |

    Scenario: arguments are checked before the type
      When the client runs:
        | command                | reply                                                  |
        | SET s text             | OK                                                     |
        | HINCRBY s f x          | (error) ERR value is not an integer or out of range    |
        | HINCRBYFLOAT s f x     | (error) ERR value is not a valid float                 |
        | HRANDFIELD s 1 x       | (error) ERR syntax error                               |
        | HSCAN s x              | (error) ERR invalid cursor                             |
