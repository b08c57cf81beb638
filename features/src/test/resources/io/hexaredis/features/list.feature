Feature: Lists
  A list is a sequence of binary-safe strings in insertion order, with fast pushes and pops at both
  ends: a queue, a stack, a capped log. Indexes start at 0 from the head and -1 from the tail. The
  blocking commands (BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP) wait for another client to push,
  serving waiting clients in the order they blocked.

  Rule: LPUSH and RPUSH create the list and push each element in turn

    Scenario: pushing at both ends
      When the client runs:
        | command            | reply                         |
        | RPUSH l b c        | (integer) 2                   |
        | LPUSH l a z        | (integer) 4                   |
        | LRANGE l 0 -1      | 1) "z" 2) "a" 3) "b" 4) "c"   |
        | LLEN l             | (integer) 4                   |

    Scenario: elements are binary-safe
      When the client runs:
        | command                  | reply                      |
        | RPUSH l "a\x00b" "\t\xff"  | (integer) 2                |
        | LRANGE l 0 -1             | 1) "a\x00b" 2) "\t\xff"     |

    Scenario: a key of another type is refused
      When the client runs:
        | command       | reply                                                                |
        | SET s v       | OK                                                                   |
        | LPUSH s a     | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | RPUSH s a     | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | LPUSH l       | (error) ERR wrong number of arguments for 'lpush' command            |

  Rule: LPUSHX and RPUSHX push only onto an existing list

    Scenario: a missing key stays missing
      When the client runs:
        | command           | reply                   |
        | LPUSHX l a        | (integer) 0             |
        | RPUSHX l a        | (integer) 0             |
        | LLEN l            | (integer) 0             |
        | RPUSH l m         | (integer) 1             |
        | LPUSHX l b a      | (integer) 3             |
        | RPUSHX l y z      | (integer) 5             |
        | LRANGE l 0 -1     | 1) "a" 2) "b" 3) "m" 4) "y" 5) "z" |
        | SET s v           | OK                      |
        | LPUSHX s a        | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | RPUSHX s a        | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: LPOP and RPOP remove from the ends, and an emptied list disappears

    Scenario: popping one element at a time
      When the client runs:
        | command       | reply        |
        | RPUSH l a b c | (integer) 3  |
        | LPOP l        | "a"          |
        | RPOP l        | "c"          |
        | RPOP l        | "b"          |
        | LPOP l        | (nil)        |
        | GET l         | (nil)        |

    Scenario: popping with a count
      When the client runs:
        | command          | reply                 |
        | RPUSH l a b c d  | (integer) 4           |
        | LPOP l 2         | 1) "a" 2) "b"         |
        | RPOP l 0         | (empty array)         |
        | RPOP l 10        | 1) "d" 2) "c"         |
        | LPOP l 1         | (nil)                 |
        | LPOP l 0         | (nil)                 |

    Scenario: count and type errors
      When the client runs:
        | command       | reply                                                   |
        | LPOP l -1     | (error) ERR value is out of range, must be positive     |
        | RPOP l x      | (error) ERR value is out of range, must be positive     |
        | LPOP l 1 2    | (error) ERR wrong number of arguments for 'lpop' command |
        | RPOP l 1 2    | (error) ERR wrong number of arguments for 'rpop' command |
        | SET s v       | OK                                                      |
        | LPOP s        | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | RPOP s 1      | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: LLEN counts the elements; a missing key is an empty list

    Scenario: lengths
      When the client runs:
        | command      | reply                                                                |
        | LLEN l       | (integer) 0                                                          |
        | RPUSH l a b  | (integer) 2                                                          |
        | LLEN l       | (integer) 2                                                          |
        | SET s v      | OK                                                                   |
        | LLEN s       | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: LRANGE takes inclusive indexes, negative from the tail, clamped to the list

    Scenario: ranges
      When the client runs:
        | command             | reply                           |
        | RPUSH l a b c d e   | (integer) 5                     |
        | LRANGE l 1 3        | 1) "b" 2) "c" 3) "d"            |
        | LRANGE l -2 -1      | 1) "d" 2) "e"                   |
        | LRANGE l -100 1     | 1) "a" 2) "b"                   |
        | LRANGE l 3 100      | 1) "d" 2) "e"                   |
        | LRANGE l 3 1        | (empty array)                   |
        | LRANGE l 5 10       | (empty array)                   |
        | LRANGE nokey 0 -1   | (empty array)                   |
        | LRANGE nokey a 1    | (error) ERR value is not an integer or out of range |
        | LRANGE l 0 b        | (error) ERR value is not an integer or out of range |

  Rule: LINDEX reads one element by index

    Scenario: indexes from both ends
      When the client runs:
        | command          | reply                                               |
        | RPUSH l a b c    | (integer) 3                                         |
        | LINDEX l 0       | "a"                                                 |
        | LINDEX l -1      | "c"                                                 |
        | LINDEX l 3       | (nil)                                               |
        | LINDEX l -4      | (nil)                                               |
        | LINDEX l x       | (error) ERR value is not an integer or out of range |
        | LINDEX nokey x   | (nil)                                               |
        | SET s v          | OK                                                  |
        | LINDEX s 0       | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: LSET replaces an element of an existing list

    Scenario: setting and its errors
      When the client runs:
        | command          | reply                                               |
        | RPUSH l a b c    | (integer) 3                                         |
        | LSET l 1 B       | OK                                                  |
        | LSET l -1 C      | OK                                                  |
        | LRANGE l 0 -1    | 1) "a" 2) "B" 3) "C"                                |
        | LSET l 3 z       | (error) ERR index out of range                      |
        | LSET l -4 z      | (error) ERR index out of range                      |
        | LSET l x z       | (error) ERR value is not an integer or out of range |
        | LSET nokey 0 z   | (error) ERR no such key                             |
        | LSET nokey x z   | (error) ERR no such key                             |
        | SET s v          | OK                                                  |
        | LSET s 0 z       | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: LREM removes by value, from the head, the tail, or everywhere

    Scenario: positive, negative and zero counts
      When the client runs:
        | command                 | reply                           |
        | RPUSH l x a x b x c x   | (integer) 7                     |
        | LREM l 2 x              | (integer) 2                     |
        | LRANGE l 0 -1           | 1) "a" 2) "b" 3) "x" 4) "c" 5) "x" |
        | LREM l -1 x             | (integer) 1                     |
        | LRANGE l 0 -1           | 1) "a" 2) "b" 3) "x" 4) "c"     |
        | LREM l 0 x              | (integer) 1                     |
        | LREM l 0 zz             | (integer) 0                     |
        | LRANGE l 0 -1           | 1) "a" 2) "b" 3) "c"            |

    Scenario: removing every element deletes the key
      When the client runs:
        | command           | reply                                               |
        | RPUSH l x x       | (integer) 2                                         |
        | LREM l 0 x        | (integer) 2                                         |
        | GET l             | (nil)                                               |
        | LREM nokey 0 x    | (integer) 0                                         |
        | LREM nokey x a    | (error) ERR value is not an integer or out of range |
        | SET s v           | OK                                                  |
        | LREM s 0 a        | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: LTRIM keeps a range and drops the rest

    Scenario: trimming
      When the client runs:
        | command            | reply                                               |
        | RPUSH l a b c d e  | (integer) 5                                         |
        | LTRIM l 1 -2       | OK                                                  |
        | LRANGE l 0 -1      | 1) "b" 2) "c" 3) "d"                                |
        | LTRIM l 0 100      | OK                                                  |
        | LLEN l             | (integer) 3                                         |
        | LTRIM l 2 1        | OK                                                  |
        | GET l              | (nil)                                               |
        | LTRIM nokey 0 1    | OK                                                  |
        | LTRIM nokey x 1    | (error) ERR value is not an integer or out of range |
        | SET s v            | OK                                                  |
        | LTRIM s 0 1        | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: LINSERT inserts next to the first occurrence of a pivot

    Scenario: before and after
      When the client runs:
        | command                   | reply                                |
        | RPUSH l a c c             | (integer) 3                          |
        | LINSERT l BEFORE c b      | (integer) 4                          |
        | LINSERT l after c d       | (integer) 5                          |
        | LRANGE l 0 -1             | 1) "a" 2) "b" 3) "c" 4) "d" 5) "c"   |
        | LINSERT l BEFORE zz x     | (integer) -1                         |
        | LINSERT nokey BEFORE a x  | (integer) 0                          |
        | LINSERT l MIDDLE c x      | (error) ERR syntax error             |
        | LINSERT nokey MIDDLE c x  | (error) ERR syntax error             |
        | SET s v                   | OK                                   |
        | LINSERT s BEFORE a x      | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: LPOS finds elements, with RANK, COUNT and MAXLEN

    Scenario: searching
      When the client runs:
        | command                          | reply                                   |
        | RPUSH l a b c 1 2 3 c c          | (integer) 8                             |
        | LPOS l c                         | (integer) 2                             |
        | LPOS l zz                        | (nil)                                   |
        | LPOS l c RANK 2                  | (integer) 6                             |
        | LPOS l c RANK -1                 | (integer) 7                             |
        | LPOS l c RANK 4                  | (nil)                                   |
        | LPOS l c COUNT 2                 | 1) (integer) 2 2) (integer) 6           |
        | LPOS l c COUNT 0                 | 1) (integer) 2 2) (integer) 6 3) (integer) 7 |
        | LPOS l c RANK -1 COUNT 2         | 1) (integer) 7 2) (integer) 6           |
        | LPOS l c COUNT 0 MAXLEN 2        | (empty array)                           |
        | LPOS l c COUNT 0 MAXLEN 3        | 1) (integer) 2                          |
        | LPOS l zz COUNT 1                | (empty array)                           |
        | LPOS nokey c                     | (nil)                                   |
        | LPOS nokey c COUNT 1             | (empty array)                           |
        | LPOS l c rank 1 count 1 maxlen 0 | 1) (integer) 2                          |

    Scenario: option errors come before the key is read
      When the client runs:
        | command                   | reply                                                                                                                    |
        | LPOS nokey c RANK 0       | (error) ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list |
        | LPOS nokey c RANK x       | (error) ERR value is not an integer or out of range                                                                     |
        | LPOS nokey c COUNT -1     | (error) ERR COUNT can't be negative                                                                                      |
        | LPOS nokey c COUNT x      | (error) ERR COUNT can't be negative                                                                                      |
        | LPOS nokey c MAXLEN -1    | (error) ERR MAXLEN can't be negative                                                                                     |
        | LPOS nokey c MAXLEN x     | (error) ERR MAXLEN can't be negative                                                                                     |
        | LPOS nokey c RANK         | (error) ERR syntax error                                                                                                 |
        | LPOS nokey c FOO 1        | (error) ERR syntax error                                                                                                 |
        | SET s v                   | OK                                                                                                                       |
        | LPOS s c                  | (error) WRONGTYPE Operation against a key holding the wrong kind of value                                                |

  Rule: LMOVE and RPOPLPUSH move an element between lists atomically

    Scenario: moving, rotating, and a missing source
      When the client runs:
        | command                    | reply                         |
        | RPUSH src a b c            | (integer) 3                   |
        | LMOVE src dst RIGHT LEFT   | "c"                           |
        | LMOVE src dst left right   | "a"                           |
        | RPOPLPUSH src dst          | "b"                           |
        | LRANGE dst 0 -1            | 1) "b" 2) "c" 3) "a"          |
        | GET src                    | (nil)                         |
        | LMOVE src dst LEFT LEFT    | (nil)                         |
        | RPOPLPUSH src dst          | (nil)                         |
        | LMOVE dst dst LEFT RIGHT   | "b"                           |
        | RPOPLPUSH dst dst          | "b"                           |
        | LRANGE dst 0 -1            | 1) "b" 2) "c" 3) "a"          |

    Scenario: errors leave both lists alone
      When the client runs:
        | command                    | reply                                                                |
        | RPUSH src a                | (integer) 1                                                          |
        | SET s v                    | OK                                                                   |
        | LMOVE src s LEFT LEFT      | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | RPOPLPUSH src s            | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | LMOVE s src LEFT LEFT      | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | LMOVE nokey s LEFT LEFT    | (nil)                                                                |
        | LMOVE src d UP LEFT        | (error) ERR syntax error                                             |
        | LMOVE src d LEFT DOWN      | (error) ERR syntax error                                             |
        | LRANGE src 0 -1            | 1) "a"                                                               |

  Rule: LMPOP pops from the first non-empty list of several

    Scenario: popping with and without COUNT
      When the client runs:
        | command                              | reply                              |
        | RPUSH b 1 2 3 4                      | (integer) 4                        |
        | LMPOP 2 a b LEFT                     | 1) "b" 2) 1) "1"                   |
        | LMPOP 2 a b RIGHT COUNT 2            | 1) "b" 2) 1) "4" 2) "3"            |
        | LMPOP 1 b left count 10              | 1) "b" 2) 1) "2"                   |
        | LMPOP 2 a b LEFT                     | (nil)                              |

    Scenario: argument errors, in Redis's order
      When the client runs:
        | command                          | reply                                                 |
        | LMPOP 0 a LEFT                   | (error) ERR numkeys should be greater than 0          |
        | LMPOP x a LEFT                   | (error) ERR numkeys should be greater than 0          |
        | LMPOP 2 a LEFT                   | (error) ERR syntax error                              |
        | LMPOP 1 a UP                     | (error) ERR syntax error                              |
        | LMPOP 1 a LEFT COUNT 0           | (error) ERR count should be greater than 0            |
        | LMPOP 1 a LEFT COUNT x           | (error) ERR count should be greater than 0            |
        | LMPOP 1 a LEFT COUNT             | (error) ERR syntax error                              |
        | LMPOP 1 a LEFT COUNT 1 COUNT 1   | (error) ERR syntax error                              |
        | LMPOP 1 a LEFT FOO 1             | (error) ERR syntax error                              |
        | LMPOP 1                          | (error) ERR wrong number of arguments for 'lmpop' command |
        | SET s v                          | OK                                                    |
        | LMPOP 2 a s LEFT                 | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: Lists spread over many quicklist nodes behave as one list

    Scenario: small nodes of two elements, changed in the middle
      Given the server is started with "--list-max-listpack-size 2"
      When the client runs:
        | command                      | reply                                                       |
        | RPUSH l a b c d e f g        | (integer) 7                                                 |
        | LINSERT l AFTER c x          | (integer) 8                                                 |
        | LINSERT l BEFORE a first     | (integer) 9                                                 |
        | LSET l 5 D                   | OK                                                          |
        | LRANGE l 0 -1                | 1) "first" 2) "a" 3) "b" 4) "c" 5) "x" 6) "D" 7) "e" 8) "f" 9) "g" |
        | LREM l 0 x                   | (integer) 1                                                 |
        | LTRIM l 1 -2                 | OK                                                          |
        | LRANGE l 0 -1                | 1) "a" 2) "b" 3) "c" 4) "D" 5) "e" 6) "f"                   |
        | LINDEX l 4                   | "e"                                                         |
        | LPOS l f                     | (integer) 5                                                 |

  Rule: BLPOP and BRPOP pop at once when they can, or wait for a push

    Scenario: an element is there: no waiting
      When the client runs:
        | command              | reply                      |
        | RPUSH b x y          | (integer) 2                |
        | BLPOP a b 0          | 1) "b" 2) "x"              |
        | BRPOP a b 0          | 1) "b" 2) "y"              |

    Scenario: a blocked client is served by another client's push
      When client "B" blocks on "BLPOP queue 0"
      Then client "B" has received nothing
      When client "A" runs "RPUSH queue job"
      Then the reply is "(integer) 1"
      And client "B" receives "1) \"queue\" 2) \"job\""
      When the client runs:
        | command       | reply        |
        | LLEN queue    | (integer) 0  |

    Scenario: clients are served in the order they blocked
      When client "C" blocks on "BLPOP queue 0"
      Then client "C" has received nothing
      When client "B" blocks on "BLPOP queue 0"
      Then client "B" has received nothing
      When client "D" blocks on "BRPOP queue 0"
      And client "A" runs "RPUSH queue 1 2 3 4"
      Then client "C" receives "1) \"queue\" 2) \"1\""
      And client "B" receives "1) \"queue\" 2) \"2\""
      And client "D" receives "1) \"queue\" 2) \"4\""
      When the client runs:
        | command           | reply   |
        | LRANGE queue 0 -1 | 1) "3"  |

    Scenario: a client waiting on several keys is served from the one that gets an element
      When client "B" blocks on "BLPOP k1 k2 0"
      And client "A" runs "RPUSH k2 v"
      Then client "B" receives "1) \"k2\" 2) \"v\""

    Scenario: a key of another type does not serve a list waiter
      When client "B" blocks on "BLPOP k 0"
      And client "A" runs "SET k v"
      Then client "B" has received nothing

    Scenario: what a client sends while it waits runs after it is served
      When client "B" blocks on "BLPOP queue 0"
      And client "B" starts "PING"
      Then client "B" has received nothing
      When client "A" runs "RPUSH queue job"
      Then client "B" receives "1) \"queue\" 2) \"job\""
      And client "B" receives "PONG"

    Scenario: a timeout ends the wait with a nil
      When client "B" blocks on "BLPOP queue 1.5"
      And 1 second passes
      Then client "B" has received nothing
      When 1 second passes
      Then client "B" receives "(nil)"
      When client "A" runs "RPUSH queue job"
      Then client "B" has received nothing

    Scenario: a client that disconnects while waiting is forgotten
      When client "B" blocks on "BLPOP queue 0"
      And client "C" blocks on "BLPOP queue 0"
      And client "B" disconnects
      And client "A" runs "RPUSH queue job"
      Then client "C" receives "1) \"queue\" 2) \"job\""

    Scenario: timeout errors
      When the client runs:
        | command              | reply                                               |
        | BLPOP l abc          | (error) ERR timeout is not a float or out of range |
        | BLPOP l -1           | (error) ERR timeout is negative                     |
        | BRPOP l inf          | (error) ERR timeout is negative                     |
        | BLPOP l 0.001        | (nil)                                               |
        | SET s v              | OK                                                  |
        | BLPOP s abc          | (error) ERR timeout is not a float or out of range |
        | BLPOP nokey s 0      | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | BLPOP l              | (error) ERR wrong number of arguments for 'blpop' command |

  Rule: BLMOVE and BRPOPLPUSH move an element, waiting for the source if needed

    Scenario: moving at once
      When the client runs:
        | command                        | reply                  |
        | RPUSH src a b                  | (integer) 2            |
        | BLMOVE src dst LEFT RIGHT 0    | "a"                    |
        | BRPOPLPUSH src dst 0           | "b"                    |
        | LRANGE dst 0 -1                | 1) "b" 2) "a"          |

    Scenario: a move made when the source gets an element serves the destination's waiters
      When client "C" blocks on "BLPOP dst 0"
      And client "B" blocks on "BLMOVE src dst RIGHT LEFT 0"
      And client "A" runs "RPUSH src x"
      Then client "B" receives "\"x\""
      And client "C" receives "1) \"dst\" 2) \"x\""

    Scenario: BRPOPLPUSH waits too
      When client "B" blocks on "BRPOPLPUSH src dst 0"
      And client "A" runs "LPUSH src x"
      Then client "B" receives "\"x\""
      When the client runs:
        | command          | reply    |
        | LRANGE dst 0 -1  | 1) "x"   |

    Scenario: a destination of another type when the client is served
      When client "B" blocks on "BLMOVE src dst LEFT LEFT 0"
      And client "A" runs "SET dst v"
      And client "A" runs "RPUSH src x"
      Then client "B" receives "(error) WRONGTYPE Operation against a key holding the wrong kind of value"
      When the client runs:
        | command          | reply    |
        | LRANGE src 0 -1  | 1) "x"   |

    Scenario: timeouts and errors
      When client "B" blocks on "BLMOVE src dst LEFT LEFT 1"
      And 2 seconds pass
      Then client "B" receives "(nil)"
      When the client runs:
        | command                          | reply                                               |
        | BLMOVE src dst UP LEFT abc       | (error) ERR syntax error                            |
        | BLMOVE src dst LEFT LEFT abc     | (error) ERR timeout is not a float or out of range |
        | BRPOPLPUSH src dst -1            | (error) ERR timeout is negative                     |
        | SET s v                          | OK                                                  |
        | BLMOVE s dst LEFT LEFT 0         | (error) WRONGTYPE Operation against a key holding the wrong kind of value |
        | RPUSH src a                      | (integer) 1                                         |
        | BRPOPLPUSH src s 0               | (error) WRONGTYPE Operation against a key holding the wrong kind of value |

  Rule: BLMPOP is LMPOP that waits

    Scenario: popping at once and when served
      When the client runs:
        | command                           | reply                      |
        | RPUSH l 1 2 3                     | (integer) 3                |
        | BLMPOP 0 2 x l LEFT COUNT 2       | 1) "l" 2) 1) "1" 2) "2"    |
      When client "B" blocks on "BLMPOP 0 2 x y RIGHT COUNT 5"
      And client "A" runs "RPUSH y a b c"
      Then client "B" receives "1) \"y\" 2) 1) \"c\" 2) \"b\" 3) \"a\""

    Scenario: timeouts and errors
      When client "B" blocks on "BLMPOP 0.5 1 l LEFT"
      And 1 second passes
      Then client "B" receives "(nil)"
      When the client runs:
        | command                        | reply                                             |
        | BLMPOP abc 0 l LEFT            | (error) ERR numkeys should be greater than 0      |
        | BLMPOP abc 1 l UP              | (error) ERR syntax error                          |
        | BLMPOP -1 1 l LEFT COUNT 0     | (error) ERR count should be greater than 0        |
        | BLMPOP abc 1 l LEFT            | (error) ERR timeout is not a float or out of range |
        | BLMPOP -1 1 l LEFT             | (error) ERR timeout is negative                   |
        | BLMPOP 0 1                     | (error) ERR wrong number of arguments for 'blmpop' command |

  Rule: CLIENT UNBLOCK releases a blocked client with a timeout or an error
    Scenario: as if it timed out, or with an error
      When client "B" blocks on "BLPOP queue 0"
      And client "A" runs "CLIENT UNBLOCK 1"
      Then the reply is "(integer) 1"
      And client "B" receives "(nil)"
      When client "B" blocks on "BLMOVE src dst LEFT LEFT 0"
      And client "A" runs "CLIENT UNBLOCK 1 ERROR"
      Then client "B" receives "(error) UNBLOCKED client unblocked via CLIENT UNBLOCK"
      When the client runs:
        | command                    | reply                                                   |
        | CLIENT UNBLOCK 1 TIMEOUT   | (integer) 0                                             |
        | CLIENT UNBLOCK 9999        | (integer) 0                                             |
        | CLIENT UNBLOCK 1 FOO       | (error) ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR |
        | CLIENT UNBLOCK x           | (error) ERR value is not an integer or out of range     |
