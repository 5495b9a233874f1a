'use strict'
// UpdateTimeToLive / DescribeTimeToLive: the setting is kept per table in dynalite's own level store, so it lives
// as long as the store does (memory or data directory). Items are not expired; only the setting is modelled.

const wire = require('./wire')

const KEY_PREFIX = 'tabletheory-ttl~'
const TABLE_NAME = /^[a-zA-Z0-9_.-]+$/

function validateTableName (name, errors) {
  if (name == null) return errors.push('Value null at \'tableName\' failed to satisfy constraint: Member must not be null')
  if (typeof name !== 'string') throw wire.error('com.amazon.coral.service#SerializationException', 'TableName must be a string')
  if (!TABLE_NAME.test(name)) {
    errors.push('Value \'' + name + '\' at \'tableName\' failed to satisfy constraint: ' +
      'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+')
  }
  if (name.length < 3 || name.length > 255) {
    errors.push('Value \'' + name + '\' at \'tableName\' failed to satisfy constraint: ' +
      'Member must have length ' + (name.length < 3 ? 'greater than or equal to 3' : 'less than or equal to 255'))
  }
}

function throwErrors (errors) {
  if (errors.length) {
    throw wire.validationError(errors.length + ' validation error' + (errors.length > 1 ? 's' : '') +
      ' detected: ' + errors.join('; '))
  }
}

// The stored setting belongs to one incarnation of the table: a re-created table starts with TTL disabled.
function readSetting (store, table, cb) {
  store.db.get(KEY_PREFIX + table.TableName, function (err, value) {
    if (err && err.name !== 'NotFoundError' && err.code !== 'LEVEL_NOT_FOUND') return cb(err)
    if (!value || value.CreationDateTime !== table.CreationDateTime) return cb(null, null)
    cb(null, value)
  })
}

function describeTimeToLive (store, data, cb) {
  try {
    const errors = []
    validateTableName(data.TableName, errors)
    throwErrors(errors)
  }
  catch (err) {
    return cb(err)
  }
  store.getTable(data.TableName, false, function (err, table) {
    if (err) return cb(err)
    readSetting(store, table, function (err, setting) {
      if (err) return cb(err)
      if (setting && setting.Enabled) {
        return cb(null, { TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: setting.AttributeName } })
      }
      cb(null, { TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } })
    })
  })
}

function updateTimeToLive (store, data, cb) {
  const spec = data.TimeToLiveSpecification
  try {
    const errors = []
    validateTableName(data.TableName, errors)
    if (spec == null || typeof spec !== 'object') {
      errors.push('Value null at \'timeToLiveSpecification\' failed to satisfy constraint: Member must not be null')
    }
    else {
      if (typeof spec.Enabled !== 'boolean') {
        errors.push('Value null at \'timeToLiveSpecification.enabled\' failed to satisfy constraint: Member must not be null')
      }
      if (typeof spec.AttributeName !== 'string') {
        errors.push('Value null at \'timeToLiveSpecification.attributeName\' failed to satisfy constraint: ' +
          'Member must not be null')
      }
      else if (spec.AttributeName.length < 1 || spec.AttributeName.length > 255) {
        errors.push('Value \'' + spec.AttributeName + '\' at \'timeToLiveSpecification.attributeName\' failed to ' +
          'satisfy constraint: Member must have length ' +
          (spec.AttributeName.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 255'))
      }
    }
    throwErrors(errors)
  }
  catch (err) {
    return cb(err)
  }

  store.getTable(data.TableName, false, function (err, table) {
    if (err) return cb(err)
    readSetting(store, table, function (err, current) {
      if (err) return cb(err)
      const enabled = current != null && current.Enabled
      if (enabled && current.AttributeName !== spec.AttributeName) {
        return cb(wire.validationError('TimeToLive is active on a different AttributeName: ' +
          'current value of AttributeName is ' + current.AttributeName))
      }
      if (spec.Enabled && enabled) return cb(wire.validationError('TimeToLive is already enabled'))
      if (!spec.Enabled && !enabled) return cb(wire.validationError('TimeToLive is already disabled'))

      const setting = { Enabled: spec.Enabled, AttributeName: spec.AttributeName, CreationDateTime: table.CreationDateTime }
      store.db.put(KEY_PREFIX + table.TableName, setting, function (err) {
        if (err) return cb(err)
        cb(null, { TimeToLiveSpecification: { Enabled: spec.Enabled, AttributeName: spec.AttributeName } })
      })
    })
  })
}

module.exports = { updateTimeToLive, describeTimeToLive }
