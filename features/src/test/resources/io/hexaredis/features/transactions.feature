Feature: Transactions
  MULTI starts a transaction: the commands that follow are queued and answered QUEUED, and EXEC
  runs them all at once, with nothing from other clients in between. There is no rollback: a
  command failing at run time reports its error inside EXEC's reply. WATCH makes EXEC fail (a null
  reply) if a watched key changed since.

  Rule: MULTI queues commands and EXEC runs them in order

    Scenario: a transaction of writes and reads
      When the client runs:
        | command      | reply                           |
        | MULTI        | OK                              |
        | SET a 1      | QUEUED                          |
        | GET a        | QUEUED                          |
        | EXEC         | 1) OK 2) "1"                    |
        | GET a        | "1"                             |

    Scenario: an empty transaction
      When the client runs:
        | command | reply         |
        | MULTI   | OK            |
        | EXEC    | (empty array) |

    Scenario: a run-time error does not roll back the other commands
      When the client runs:
        | command      | reply                                                                                   |
        | SET s text   | OK                                                                                      |
        | MULTI        | OK                                                                                      |
        | SET a 1      | QUEUED                                                                                  |
        | SELECT 99    | QUEUED                                                                                  |
        | GET a        | QUEUED                                                                                  |
        | EXEC         | 1) OK 2) (error) ERR DB index is out of range 3) "1"                                     |

    Scenario: other clients do not see the queued writes before EXEC
      When the client runs:
        | command  | reply  |
        | MULTI    | OK     |
        | SET k v  | QUEUED |
      And client "B" runs "GET k"
      Then the reply is "(nil)"
      When the client runs:
        | command | reply |
        | EXEC    | 1) OK |
      And client "B" runs "GET k"
      Then the reply is "\"v\""

  Rule: A command that cannot be queued aborts the whole transaction

    Scenario: an unknown command and a wrong arity inside MULTI
      When the client runs:
        | command      | reply                                                                   |
        | MULTI        | OK                                                                      |
        | SET a 1      | QUEUED                                                                  |
        | NOSUCH x     | (error) ERR unknown command 'NOSUCH', with args beginning with: 'x'     |
        | GET          | (error) ERR wrong number of arguments for 'get' command                 |
        | EXEC         | (error) EXECABORT Transaction discarded because of previous errors.     |
        | GET a        | (nil)                                                                   |

  Rule: MULTI, EXEC and DISCARD answer Redis's errors when misused

    Scenario: nesting and missing MULTI
      When the client runs:
        | command  | reply                                          |
        | EXEC     | (error) ERR EXEC without MULTI                 |
        | DISCARD  | (error) ERR DISCARD without MULTI              |
        | MULTI    | OK                                             |
        | MULTI    | (error) ERR MULTI calls can not be nested      |
        | WATCH a  | (error) ERR WATCH inside MULTI is not allowed  |
        | DISCARD  | OK                                             |
        | EXEC     | (error) ERR EXEC without MULTI                 |

    Scenario: DISCARD drops the queue
      When the client runs:
        | command  | reply  |
        | MULTI    | OK     |
        | SET a 1  | QUEUED |
        | DISCARD  | OK     |
        | GET a    | (nil)  |

  Rule: WATCH makes EXEC fail when a watched key changes

    Scenario: another client writes a watched key
      When the client runs:
        | command    | reply  |
        | SET k 1    | OK     |
        | WATCH k    | OK     |
      And client "B" runs "SET k 2"
      And the client runs:
        | command    | reply  |
        | MULTI      | OK     |
        | SET k 3    | QUEUED |
        | EXEC       | (nil)  |
        | GET k      | "2"    |

    Scenario: a read does not touch a watched key
      When the client runs:
        | command    | reply   |
        | SET k 1    | OK      |
        | WATCH k    | OK      |
      And client "B" runs "GET k"
      And the client runs:
        | command    | reply   |
        | MULTI      | OK      |
        | SET k 3    | QUEUED  |
        | EXEC       | 1) OK   |

    Scenario: the transaction's own write of a watched key before MULTI counts too
      When the client runs:
        | command    | reply   |
        | WATCH k    | OK      |
        | SET k 1    | OK      |
        | MULTI      | OK      |
        | GET k      | QUEUED  |
        | EXEC       | (nil)   |

    Scenario: UNWATCH forgets the watched keys
      When the client runs:
        | command    | reply   |
        | WATCH k    | OK      |
        | SET k 1    | OK      |
        | UNWATCH    | OK      |
        | MULTI      | OK      |
        | GET k      | QUEUED  |
        | EXEC       | 1) "1"  |

    Scenario: watching a key in another database is not touched by writes to the same name here
      When the client runs:
        | command    | reply   |
        | SELECT 1   | OK      |
        | WATCH k    | OK      |
        | SELECT 0   | OK      |
        | SET k 1    | OK      |
        | MULTI      | OK      |
        | EXEC       | (empty array) |
