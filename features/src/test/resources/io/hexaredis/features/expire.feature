Feature: Expiry
  Any key can be given a time to live, relative (EXPIRE, PEXPIRE) or absolute (EXPIREAT, PEXPIREAT),
  after which it no longer exists for any command. NX, XX, GT and LT make the change conditional;
  TTL and its family read the time back; PERSIST takes it away.

  Rule: EXPIRE gives a key a time to live in seconds; when it is over the key is gone

    Scenario: a key expires
      When the client runs:
        | command     | reply        |
        | SET k v     | OK           |
        | EXPIRE k 10 | (integer) 1  |
        | TTL k       | (integer) 10 |
        | GET k       | "v"          |
      And 10 seconds pass
      And the client runs:
        | command     | reply        |
        | GET k       | (nil)        |
        | TTL k       | (integer) -2 |
        | EXPIRE k 10 | (integer) 0  |

    Scenario: a time to live that is already over deletes the key
      When the client runs:
        | command     | reply       |
        | SET k v     | OK          |
        | EXPIRE k -5 | (integer) 1 |
        | EXISTS k    | (integer) 0 |
        | SET k v     | OK          |
        | EXPIRE k 0  | (integer) 1 |
        | EXISTS k    | (integer) 0 |

    Scenario: a missing key has nothing to expire
      When the client runs:
        | command           | reply       |
        | EXPIRE missing 10 | (integer) 0 |

  Rule: PEXPIRE gives a time to live in milliseconds

    Scenario: milliseconds
      When the client runs:
        | command         | reply        |
        | SET k v         | OK           |
        | PEXPIRE k 10000 | (integer) 1  |
        | TTL k           | (integer) 10 |
      And the client runs "PTTL k"
      Then the reply matches "^\(integer\) (9\d{3}|10000)$"
      When 10 seconds pass
      And the client runs:
        | command         | reply       |
        | EXISTS k        | (integer) 0 |
        | PEXPIRE k 10000 | (integer) 0 |

    Scenario: a negative time to live deletes the key
      When the client runs:
        | command      | reply       |
        | SET k v      | OK          |
        | PEXPIRE k -1 | (integer) 1 |
        | GET k        | (nil)       |

  Rule: EXPIREAT and PEXPIREAT set the Unix time at which the key expires

    Scenario: absolute times in seconds and milliseconds
      When the client runs:
        | command                         | reply                         |
        | SET k v                         | OK                            |
        | EXPIREAT k 4102444800           | (integer) 1                   |
        | EXPIRETIME k                    | (integer) 4102444800          |
        | PEXPIRETIME k                   | (integer) 4102444800000       |
        | PEXPIREAT k 4102444800600       | (integer) 1                   |
        | PEXPIRETIME k                   | (integer) 4102444800600       |
        | EXPIRETIME k                    | (integer) 4102444801          |
        | PEXPIREAT k 9223372036854775807 | (integer) 1                   |
        | PEXPIRETIME k                   | (integer) 9223372036854775807 |

    Scenario: a time in the past deletes the key
      When the client runs:
        | command       | reply       |
        | SET a v       | OK          |
        | SET b v       | OK          |
        | EXPIREAT a 1  | (integer) 1 |
        | PEXPIREAT b 1 | (integer) 1 |
        | EXISTS a b    | (integer) 0 |
        | EXPIREAT a 1  | (integer) 0 |

  Rule: NX, XX, GT and LT set the expiry only under a condition

    Scenario: NX only without a time to live, XX only with one
      When the client runs:
        | command                  | reply                |
        | SET k v                  | OK                   |
        | EXPIREAT k 4102444800 XX | (integer) 0          |
        | TTL k                    | (integer) -1         |
        | EXPIREAT k 4102444800 NX | (integer) 1          |
        | EXPIREAT k 4102444900 nx | (integer) 0          |
        | EXPIREAT k 4102444900 XX | (integer) 1          |
        | EXPIRETIME k             | (integer) 4102444900 |

    Scenario: GT only to a later time, LT only to an earlier one
      When the client runs:
        | command                     | reply                |
        | SET k v                     | OK                   |
        | EXPIREAT k 4102444800 GT    | (integer) 0          |
        | EXPIREAT k 4102444800 LT    | (integer) 1          |
        | EXPIREAT k 4102444700 GT    | (integer) 0          |
        | EXPIREAT k 4102444800 GT    | (integer) 0          |
        | EXPIREAT k 4102444900 gt    | (integer) 1          |
        | EXPIREAT k 4102445000 LT    | (integer) 0          |
        | EXPIREAT k 4102444850 lt    | (integer) 1          |
        | EXPIRETIME k                | (integer) 4102444850 |
        | EXPIREAT k 4102444950 XX GT | (integer) 1          |
        | EXPIREAT k 4102444900 XX GT | (integer) 0          |
        | EXPIRETIME k                | (integer) 4102444950 |

    Scenario: the conditions work for every command of the family
      When the client runs:
        | command             | reply         |
        | SET k v             | OK            |
        | EXPIRE k 100 XX     | (integer) 0   |
        | EXPIRE k 100 NX     | (integer) 1   |
        | PEXPIRE k 200000 GT | (integer) 1   |
        | TTL k               | (integer) 200 |
        | PEXPIRE k 300000 LT | (integer) 0   |
        | EXPIRE k 50 LT      | (integer) 1   |
        | TTL k               | (integer) 50  |
        | PEXPIREAT k 1 NX    | (integer) 0   |
        | PEXPIREAT k 1 XX    | (integer) 1   |
        | EXISTS k            | (integer) 0   |

    Scenario: conditions that exclude each other, unknown options and bad times
      When the client runs:
        | command                        | reply                                                                       |
        | SET k v                        | OK                                                                          |
        | EXPIRE k 10 NX XX              | (error) ERR NX and XX, GT or LT options at the same time are not compatible |
        | EXPIRE k 10 NX GT              | (error) ERR NX and XX, GT or LT options at the same time are not compatible |
        | PEXPIRE k 10 LT NX             | (error) ERR NX and XX, GT or LT options at the same time are not compatible |
        | EXPIREAT k 10 GT LT            | (error) ERR GT and LT options at the same time are not compatible           |
        | EXPIRE k 10 FOO                | (error) ERR Unsupported option FOO                                          |
        | EXPIRE k abc                   | (error) ERR value is not an integer or out of range                         |
        | EXPIRE k 10.5                  | (error) ERR value is not an integer or out of range                         |
        | EXPIRE k 9223372036854775807   | (error) ERR invalid expire time in 'expire' command                         |
        | PEXPIRE k 9223372036854775807  | (error) ERR invalid expire time in 'pexpire' command                        |
        | EXPIREAT k 9223372036854775807 | (error) ERR invalid expire time in 'expireat' command                       |
        | EXPIRE k -9223372036854775808  | (error) ERR invalid expire time in 'expire' command                         |
        | EXPIRE k                       | (error) ERR wrong number of arguments for 'expire' command                  |
        | PEXPIREAT k                    | (error) ERR wrong number of arguments for 'pexpireat' command               |
        | TTL k                          | (integer) -1                                                                |

  Rule: TTL, PTTL, EXPIRETIME and PEXPIRETIME read the expiry back

    Scenario: missing keys and keys without expiry
      When the client runs:
        | command             | reply                                                    |
        | TTL missing         | (integer) -2                                             |
        | PTTL missing        | (integer) -2                                             |
        | EXPIRETIME missing  | (integer) -2                                             |
        | PEXPIRETIME missing | (integer) -2                                             |
        | SET k v             | OK                                                       |
        | TTL k               | (integer) -1                                             |
        | PTTL k              | (integer) -1                                             |
        | EXPIRETIME k        | (integer) -1                                             |
        | PEXPIRETIME k       | (integer) -1                                             |
        | TTL                 | (error) ERR wrong number of arguments for 'ttl' command  |
        | PTTL k k            | (error) ERR wrong number of arguments for 'pttl' command |

    Scenario: TTL rounds to the nearest second
      When the client runs:
        | command        | reply       |
        | SET k v        | OK          |
        | PEXPIRE k 2600 | (integer) 1 |
        | TTL k          | (integer) 3 |
        | PEXPIRE k 2400 | (integer) 1 |
        | TTL k          | (integer) 2 |

  Rule: PERSIST removes the time to live

    Scenario: a persisted key stays
      When the client runs:
        | command         | reply        |
        | SET k v         | OK           |
        | EXPIRE k 10     | (integer) 1  |
        | PERSIST k       | (integer) 1  |
        | TTL k           | (integer) -1 |
        | PERSIST k       | (integer) 0  |
        | PERSIST missing | (integer) 0  |
      And 10 seconds pass
      And the client runs:
        | command | reply |
        | GET k   | "v"   |

  Rule: Writing a new value clears the expiry; renaming, moving and copying keep it

    Scenario: what happens to the time to live
      When the client runs:
        | command               | reply                |
        | SET a v               | OK                   |
        | EXPIREAT a 4102444800 | (integer) 1          |
        | RENAME a b            | OK                   |
        | EXPIRETIME b          | (integer) 4102444800 |
        | COPY b c              | (integer) 1          |
        | EXPIRETIME c          | (integer) 4102444800 |
        | MOVE c 1              | (integer) 1          |
        | SET b w               | OK                   |
        | EXPIRETIME b          | (integer) -1         |
        | SELECT 1              | OK                   |
        | EXPIRETIME c          | (integer) 4102444800 |

  Rule: An expired key does not exist for any command

    Scenario: expired keys are invisible
      When the client runs:
        | command     | reply       |
        | SET a 1     | OK          |
        | SET b 2     | OK          |
        | EXPIRE a 10 | (integer) 1 |
        | EXPIRE b 10 | (integer) 1 |
        | EXISTS a b  | (integer) 2 |
      And 10 seconds pass
      And the client runs:
        | command    | reply                   |
        | KEYS *     | (empty array)           |
        | SCAN 0     | 1) "0" 2) (empty array) |
        | RANDOMKEY  | (nil)                   |
        | EXISTS a b | (integer) 0             |
        | TYPE a     | none                    |
        | RENAME b c | (error) ERR no such key |
        | COPY a c   | (integer) 0             |
        | MOVE a 1   | (integer) 0             |
        | DBSIZE     | (integer) 0             |
