Feature: Persistence
  The server keeps its data on disk two ways, as Redis does: RDB snapshots (SAVE, BGSAVE, save
  points) and the append-only file (appendonly yes), and loads it back when it starts. DUMP and
  RESTORE move single values in the same serialized format, between servers of any kind.

  Rule: SAVE writes the snapshot now and LASTSAVE tells when

    Scenario: data saved with SAVE is there after a restart
      When the client runs:
        | command           | reply |
        | SET greeting hello | OK    |
        | SELECT 5           | OK    |
        | SET five 5         | OK    |
        | SAVE               | OK    |
      And the server restarts
      And the client runs:
        | command      | reply   |
        | GET greeting | "hello" |
        | SELECT 5     | OK      |
        | GET five     | "5"     |

    Scenario: expiry times are saved and come back
      When the client runs:
        | command                 | reply |
        | SET session data EX 100 | OK    |
        | SAVE                    | OK    |
      And the server restarts
      And the client runs:
        | command     | reply         |
        | TTL session | (integer) 100 |
      And 101 seconds pass
      And the client runs "GET session"
      Then the reply is "(nil)"

    Scenario: lists, sets and hashes survive a restart in their encodings
      When the client runs:
        | command                          | reply        |
        | RPUSH list a b c                 | (integer) 3  |
        | SADD numbers 3 1 2               | (integer) 3  |
        | HSET hash field value other 42   | (integer) 2  |
        | SAVE                             | OK           |
      And the server restarts
      And the client runs:
        | command                  | reply                 |
        | LRANGE list 0 -1         | 1) "a" 2) "b" 3) "c"  |
        | SMEMBERS numbers         | 1) "1" 2) "2" 3) "3"  |
        | OBJECT ENCODING numbers  | "intset"              |
        | HGET hash other          | "42"                  |
        | OBJECT ENCODING hash     | "listpack"            |

    Scenario: sorted sets survive a restart with their scores and encodings
      When the client runs:
        | command                                  | reply        |
        | ZADD small 1 a 2.5 b -inf c 0.1 d        | (integer) 4  |
        | ZADD big 1 x 2 yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy | (integer) 2 |
        | SAVE                                     | OK           |
      And the server restarts
      And the client runs:
        | command                         | reply                                                           |
        | ZRANGE small 0 -1 WITHSCORES    | 1) "c" 2) "-inf" 3) "d" 4) "0.10000000000000001" 5) "a" 6) "1" 7) "b" 8) "2.5" |
        | OBJECT ENCODING small           | "listpack"                                                      |
        | ZSCORE big x                    | "1"                                                             |
        | ZCARD big                       | (integer) 2                                                     |
        | OBJECT ENCODING big             | "skiplist"                                                      |

    Scenario: LASTSAVE is a Unix time in seconds
      When the client runs "LASTSAVE"
      Then the reply matches "^\(integer\) 1[0-9]{9}$"

    Scenario: without a save, a restart with no AOF starts empty
      When the client runs "SET lost value"
      And the server restarts
      And the client runs "GET lost"
      Then the reply is "(nil)"

  Rule: BGSAVE saves a point-in-time image in the background

    Scenario: BGSAVE answers at once and the data survives a restart
      When the client runs:
        | command       | reply                        |
        | SET k v       | OK                           |
        | BGSAVE        | Background saving started    |
      And the background save has finished
      And the server restarts
      And the client runs "GET k"
      Then the reply is "\"v\""

    Scenario: writes made while BGSAVE runs are not in the snapshot
      Given the server is started with "--rdb-key-save-delay 200000"
      When the client runs:
        | command            | reply                     |
        | SET a before       | OK                        |
        | SET b before       | OK                        |
        | BGSAVE             | Background saving started |
        | SET a after        | OK                        |
        | SET b changed      | OK                        |
        | SET c new          | OK                        |
        | GET a              | "after"                   |
      And the background save has finished
      And the server restarts
      And the client runs:
        | command | reply    |
        | GET a   | "before" |
        | GET b   | "before" |
        | GET c   | (nil)    |

    Scenario: one background job at a time
      Given the server is started with "--rdb-key-save-delay 1000000"
      When the client runs:
        | command         | reply                                                                                                                        |
        | SET k v         | OK                                                                                                                           |
        | BGSAVE          | Background saving started                                                                                                    |
        | BGSAVE          | (error) ERR Background save already in progress                                                                              |
        | BGSAVE SCHEDULE | (error) ERR Background save already in progress                                                                              |
        | SAVE            | (error) ERR Background save already in progress                                                                              |
        | BGREWRITEAOF    | Background append only file rewriting scheduled                                                                              |
        | BGREWRITEAOF    | Background append only file rewriting scheduled                                                                              |

    Scenario: BGSAVE while an AOF rewrite runs needs SCHEDULE
      Given the server is started with "--rdb-key-save-delay 1000000"
      When the client runs:
        | command         | reply                                                                                                                                    |
        | SET k v         | OK                                                                                                                                       |
        | BGREWRITEAOF    | Background append only file rewriting started                                                                                            |
        | BGREWRITEAOF    | (error) ERR Background append only file rewriting already in progress                                                                    |
        | BGSAVE          | (error) ERR Another child process is active (AOF?): can't BGSAVE right now. Use BGSAVE SCHEDULE in order to schedule a BGSAVE whenever possible. |
        | BGSAVE SCHEDULE | Background saving scheduled                                                                                                              |

    Scenario: BGSAVE takes only the SCHEDULE option
      When the client runs:
        | command           | reply                                                        |
        | BGSAVE NOW        | (error) ERR syntax error                                     |
        | BGSAVE SCHEDULE x | (error) ERR syntax error                                     |
        | SAVE now          | (error) ERR wrong number of arguments for 'save' command     |
        | LASTSAVE x        | (error) ERR wrong number of arguments for 'lastsave' command |

  Rule: save points start a BGSAVE when enough changes are old enough

    Scenario: one change and more than one second
      Given the server is started with "--save '1 1'"
      When the client runs "SET k v"
      And 2 seconds pass
      And the server has saved in the background
      And the server restarts
      And the client runs "GET k"
      Then the reply is "\"v\""

  Rule: with appendonly yes every write is journaled and replayed at start-up

    Scenario: the AOF brings back every write, in every database
      Given the server is started with "--appendonly yes --appendfsync always"
      When the client runs:
        | command     | reply       |
        | SET a 1     | OK          |
        | SET b 2     | OK          |
        | SET b 3     | OK          |
        | SELECT 9    | OK          |
        | SET nine 9  | OK          |
      And the server restarts
      And the client runs:
        | command   | reply |
        | GET a     | "1"   |
        | GET b     | "3"   |
        | SELECT 9  | OK    |
        | GET nine  | "9"   |

    Scenario: deletions, expiry times and transactions are replayed
      Given the server is started with "--appendonly yes"
      When the client runs:
        | command              | reply                 |
        | SET gone x           | OK                    |
        | DEL gone             | (integer) 1           |
        | SET timed t PX 50000 | OK                    |
        | MULTI                | OK                    |
        | SET counter 1        | QUEUED                |
        | INCR counter         | QUEUED                |
        | EXEC                 | 1) OK 2) (integer) 2  |
      And the server restarts
      And the client runs:
        | command     | reply        |
        | GET gone    | (nil)        |
        | TTL timed   | (integer) 50 |
        | GET counter | "2"          |

    Scenario: a rewritten AOF brings back lists, sets, hashes and sorted sets
      Given the server is started with "--appendonly yes --aof-use-rdb-preamble no"
      When the client runs:
        | command             | reply                                         |
        | RPUSH list a b      | (integer) 2                                   |
        | SADD set x          | (integer) 1                                   |
        | HSET hash f v       | (integer) 1                                   |
        | ZADD zset 1.5 m 2 n | (integer) 2                                   |
        | BGREWRITEAOF        | Background append only file rewriting started |
      And the background save has finished
      And the client runs "RPUSH list c"
      And the server restarts
      And the client runs:
        | command          | reply                 |
        | LRANGE list 0 -1 | 1) "a" 2) "b" 3) "c"  |
        | SMEMBERS set     | 1) "x"                |
        | HGET hash f      | "v"                   |
        | ZRANGE zset 0 -1 WITHSCORES | 1) "m" 2) "1.5" 3) "n" 4) "2" |

    Scenario: CONFIG SET appendonly yes starts the AOF with a rewrite
      When the client runs:
        | command                   | reply |
        | SET k v                   | OK    |
        | CONFIG SET appendonly yes | OK    |
      And the background save has finished
      And the client runs "INFO persistence"
      Then the reply matches "aof_enabled:1.*aof_rewrites:1.*aof_current_size:"

    Scenario: the AOF takes precedence over the RDB file
      Given the server is started with "--appendonly yes"
      When the client runs:
        | command      | reply |
        | SET k in-rdb | OK    |
        | SAVE         | OK    |
        | SET k in-aof | OK    |
      And the server restarts
      And the client runs "GET k"
      Then the reply is "\"in-aof\""

    Scenario: BGREWRITEAOF compacts the AOF and loses nothing
      Given the server is started with "--appendonly yes"
      When the client runs:
        | command      | reply                                         |
        | SET k 1      | OK                                            |
        | SET k 2      | OK                                            |
        | BGREWRITEAOF | Background append only file rewriting started |
        | SET after 3  | OK                                            |
      And the background save has finished
      And the client runs "SET last 4"
      And the server restarts
      And the client runs:
        | command   | reply |
        | GET k     | "2"   |
        | GET after | "3"   |
        | GET last  | "4"   |

  Rule: INFO persistence reports the state of saves and rewrites

    Scenario: a save resets the count of changes and records the time
      When the client runs:
        | command | reply |
        | SET a 1 | OK    |
        | SET b 2 | OK    |
      And the client runs "INFO persistence"
      Then the reply matches "rdb_changes_since_last_save:2.{0,4}rdb_bgsave_in_progress:0"
      When the client runs "BGSAVE"
      And the background save has finished
      And the client runs "INFO persistence"
      Then the reply matches "rdb_changes_since_last_save:0.*rdb_last_bgsave_status:ok.*rdb_saves:1.*aof_enabled:0"

  Rule: DUMP serializes a value with its RDB version and checksum

    Scenario: the payload of a string is the one Redis 7.0 produces
      When the client runs "SET foo bar"
      And the client runs "DUMP foo"
      Then the reply is:
        """
        "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17"
        """

    Scenario: integers are serialized in their compact encoding
      When the client runs "SET n 12345"
      And the client runs "DUMP n"
      Then the reply is:
        """
        "\x00\xc190\n\x00\x9d\x94\xea'\x93\xfc\b\xb9"
        """

    Scenario: the payload of a small sorted set is its listpack, as Redis 7.0 produces it
      When the client runs "ZADD z 1 a 2.5 b"
      And the client runs "DUMP z"
      Then the reply is:
        """
        "\x11\x14\x14\x00\x00\x00\x04\x00\x81a\x02\x01\x01\x81b\x02\x832.5\x04\xff\n\x00\xd4Ln\xa4\xf6D\xd9\xd7"
        """
      When the client runs:
        | command                                                                                                           | reply                          |
        | RESTORE copy 0 "\x11\x14\x14\x00\x00\x00\x04\x00\x81a\x02\x01\x01\x81b\x02\x832.5\x04\xff\n\x00\xd4Ln\xa4\xf6D\xd9\xd7" | OK |
        | ZRANGE copy 0 -1 WITHSCORES                                                                                       | 1) "a" 2) "1" 3) "b" 4) "2.5"  |

    Scenario: DUMP of a missing key is nil
      When the client runs "DUMP nosuchkey"
      Then the reply is "(nil)"

  Rule: RESTORE creates a key from a DUMP payload

    Scenario: restoring, refusing to overwrite, replacing
      When the client runs:
        | command                                                                     | reply                                           |
        | RESTORE copy 0 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17"                   | OK                                              |
        | GET copy                                                                    | "bar"                                           |
        | RESTORE copy 0 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17"                   | (error) BUSYKEY Target key name already exists. |
        | SET copy other                                                              | OK                                              |
        | RESTORE copy 0 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17" REPLACE           | OK                                              |
        | GET copy                                                                    | "bar"                                           |
        | RESTORE n 0 "\x00\xc190\n\x00\x9d\x94\xea'\x93\xfc\x08\xb9" IDLETIME 10     | OK                                              |
        | GET n                                                                       | "12345"                                         |

    Scenario: a TTL in milliseconds, relative or absolute with ABSTTL
      When the client runs:
        | command                                                                       | reply |
        | RESTORE short 5000 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17"                 | OK    |
        | RESTORE past 1000 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17" ABSTTL           | OK    |
        | GET short                                                                     | "bar" |
        | GET past                                                                      | (nil) |
      And 6 seconds pass
      And the client runs "GET short"
      Then the reply is "(nil)"

    Scenario: every error of RESTORE
      When the client runs:
        | command                                                                           | reply                                                     |
        | RESTORE k 0 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x18"                            | (error) ERR DUMP payload version or checksum are wrong    |
        | RESTORE k 0 short                                                                 | (error) ERR DUMP payload version or checksum are wrong    |
        | RESTORE k -1 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17"                           | (error) ERR Invalid TTL value, must be >= 0               |
        | RESTORE k abc "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17"                          | (error) ERR value is not an integer or out of range       |
        | RESTORE k 0 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17" IDLETIME -1                | (error) ERR Invalid IDLETIME value, must be >= 0          |
        | RESTORE k 0 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17" FREQ 256                   | (error) ERR Invalid FREQ value, must be >= 0 and <= 255   |
        | RESTORE k 0 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17" FREQ                       | (error) ERR syntax error                                  |
        | RESTORE k 0 "\x00\x03bar\n\x00\xe6\xbeI`\xeef\xfd\x17" SOON                       | (error) ERR syntax error                                  |
        | RESTORE k 0                                                                       | (error) ERR wrong number of arguments for 'restore' command |
        | RESTORE k 0 "\x00\x03bar\n\x0b\x00\x0b\xf4\x84\x16\x8bq\xcf\x1e"                  | (error) ERR DUMP payload version or checksum are wrong    |
